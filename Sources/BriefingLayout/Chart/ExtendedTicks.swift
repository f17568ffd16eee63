import BriefingCore
import Foundation

/// Talbot, Lin & Hanrahan's "extended" tick labelling (IEEE InfoVis 2010), as
/// R's `labeling::extended` implements it: search nice steps `j·q·10^z`
/// (q from `Q`, skipping every j-th), score each labelling for simplicity,
/// coverage, density and legibility, keep the best. Each term is its own
/// function below; the search prunes with their upper bounds.
///
/// ```swift
/// ExtendedTicks.ticks(8.1, 14.1, count: 4)  // 8 10 12 14
/// ExtendedTicks.ticks(0, 100, count: 5)     // 0 25 50 75 100
/// ```
///
/// Unlike `NiceTicks` (d3), labels may run a little past the data (8 < 8.1),
/// and steps of 2.5, 4 and 3 are allowed. Ticks are exact decimals.
public enum ExtendedTicks {
    /// Preferred step mantissas, most preferred first.
    public static let Q: [ExactDecimal] = [1, 5, 2, ExactDecimal("2.5")!, 4, 3]
    /// Weights of simplicity, coverage, density, legibility.
    public static let weights = (simplicity: 0.25, coverage: 0.2, density: 0.5, legibility: 0.05)

    public static func ticks(_ dmin: Double, _ dmax: Double, count m: Int, onlyLoose: Bool = false) -> [ExactDecimal] {
        let (lo, hi) = (min(dmin, dmax), max(dmin, dmax))
        guard lo.isFinite, hi.isFinite, m >= 2 else { return [] }
        if hi - lo < 1e-12 { return NiceTicks.exact(lo).map { [$0] } ?? [] }
        let w = weights
        let qs = Q.map(\.doubleValue)
        var best: (score: Double, q: ExactDecimal, j: Int, z: Int, start: Int, k: Int)?
        var bestScore = -2.0
        var j = 1
        search: while j <= 20 {
            for (qi, q) in qs.enumerated() {
                let sm = simplicityMax(qi, j)
                if w.simplicity * sm + w.coverage + w.density + w.legibility < bestScore { break search }
                var k = 2
                while k <= 60 {
                    let dm = densityMax(k, m)
                    if w.simplicity * sm + w.coverage + w.density * dm + w.legibility < bestScore { break }
                    let delta = (hi - lo) / Double(k + 1) / Double(j) / q
                    var z = Int(ceil(log10(delta)))
                    var zTries = 0
                    while zTries < 20 {
                        zTries += 1
                        let step = Double(j) * q * pow(10, Double(z))
                        let cm = coverageMax(lo, hi, step * Double(k - 1))
                        if w.simplicity * sm + w.coverage * cm + w.density * dm + w.legibility < bestScore { break }
                        let minStart = Int(floor(hi / step)) * j - (k - 1) * j
                        let maxStart = Int(ceil(lo / step)) * j
                        if minStart <= maxStart {
                            for start in minStart...maxStart {
                                let lmin = Double(start) * (step / Double(j))
                                let lmax = lmin + step * Double(k - 1)
                                let s = simplicity(qi, j, lmin: lmin, lmax: lmax, step: step)
                                let c = coverage(lo, hi, lmin, lmax)
                                let g = density(k, m, lo, hi, lmin, lmax)
                                let score = w.simplicity * s + w.coverage * c + w.density * g + w.legibility * 1
                                if score > bestScore && (!onlyLoose || (lmin <= lo && lmax >= hi)) {
                                    bestScore = score
                                    best = (score, Q[qi], j, z, start, k)
                                }
                            }
                        }
                        z += 1
                    }
                    k += 1
                }
            }
            j += 1
        }
        guard let b = best else { return [] }
        // lmin = start·q·10^z and step = j·q·10^z, exactly.
        let unit = b.q * ExactDecimal(significand: 1, exponent: b.z)
        return (0..<b.k).map { i in unit * ExactDecimal(b.start + i * b.j) }
    }

    /// Simpler steps (earlier in Q, no skipping) and labellings through zero score higher.
    static func simplicity(_ qi: Int, _ j: Int, lmin: Double, lmax: Double, step: Double) -> Double {
        let eps = 1e-10
        let r = lmin.truncatingRemainder(dividingBy: step)
        let rem = r < 0 ? r + step : r
        let zero = (rem < eps || step - rem < eps) && lmin <= 0 && lmax >= 0 ? 1.0 : 0
        return 1 - Double(qi) / Double(Q.count - 1) - Double(j) + zero
    }

    static func simplicityMax(_ qi: Int, _ j: Int) -> Double {
        1 - Double(qi) / Double(Q.count - 1) - Double(j) + 1
    }

    /// How closely the labels span the data: 1 when they match it, less as they overhang.
    static func coverage(_ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let range = dmax - dmin
        return 1 - 0.5 * (pow(dmax - lmax, 2) + pow(dmin - lmin, 2)) / pow(0.1 * range, 2)
    }

    static func coverageMax(_ dmin: Double, _ dmax: Double, _ span: Double) -> Double {
        let range = dmax - dmin
        guard span > range else { return 1 }
        let half = (span - range) / 2
        return 1 - 0.5 * (2 * half * half) / pow(0.1 * range, 2)
    }

    /// How close the label count is to the `m` asked for.
    static func density(_ k: Int, _ m: Int, _ dmin: Double, _ dmax: Double, _ lmin: Double, _ lmax: Double) -> Double {
        let r = Double(k - 1) / (lmax - lmin)
        let rt = Double(m - 1) / (max(lmax, dmax) - min(dmin, lmin))
        return 2 - max(r / rt, rt / r)
    }

    static func densityMax(_ k: Int, _ m: Int) -> Double {
        k >= m ? 2 - Double(k - 1) / Double(m - 1) : 1
    }
}
