import Glibc

/// Reads a CSV file into a typed `Table`: bytes → UTF-8 (`TextDecoder`) →
/// records (`RecordScanner`) → header with units (`HeaderParser`) → typed
/// cells (`CellClassifier`) → column types (`ColumnBuilder`).
///
/// Every problem (up to `maxProblems`) is reported at once, each at its
/// `file:line:column`, as a `DiagnosticList`.
///
/// Policies worth knowing:
/// - Blank lines, and rows whose every field is empty and unquoted (`,,,`),
///   are skipped: they carry no figure.
/// - `NULL` is text like any other word; only empty, `-`, `–`, `—`, `…`, `x`
///   and `X` are missing.
/// - Text cells are trimmed of surrounding spaces; `records(bytes:)` gives
///   fields exactly as written.
public enum CSVImporter {
    public static func read(path: String, options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        var raw = try readFile(path)
        return try read(raw: &raw, name: path, options: options)
    }

    public static func read(bytes: [UInt8], name: String, options: ImportOptions = .init()) throws(DiagnosticList) -> ImportResult {
        var raw = bytes
        return try read(raw: &raw, name: name, options: options)
    }

    /// Decodes `raw` and lets go of it, so a CP949 file is not held twice while it is typed.
    static func read(raw: inout [UInt8], name: String, options: ImportOptions) throws(DiagnosticList) -> ImportResult {
        let decoded = try TextDecoder.decode(raw, forced: options.encoding, file: name)
        raw = []
        let result = decoded.bytes.withUnsafeBufferPointer { buf -> Result<ImportResult, DiagnosticList> in
            let text = UnsafeBufferPointer(rebasing: buf[decoded.start...])
            var reader = TableReader(buffer: buf, storage: decoded.bytes, start: decoded.start, name: name, options: options,
                                     delimiter: options.delimiter ?? detectDelimiter(text))
            reader.stagingOnHugePages = decoded.encoding == .utf8
            return Result { () throws(DiagnosticList) in try reader.read() }.map {
                var r = $0
                r.encoding = decoded.encoding
                r.hadBOM = decoded.hadBOM
                return r
            }
        }
        return try result.get()
    }

    /// Every record as written (blank lines skipped), header included: no
    /// typing, no trimming, no field-count check. For tests against RFC 4180
    /// corpora and for tools that want strings.
    public static func records(bytes: [UInt8], name: String, options: ImportOptions = .init()) throws(DiagnosticList) -> [[String]] {
        let decoded = try TextDecoder.decode(bytes, forced: options.encoding, file: name)
        let result = decoded.bytes.withUnsafeBufferPointer { buf -> Result<[[String]], DiagnosticList> in
            let delimiter = options.delimiter ?? detectDelimiter(UnsafeBufferPointer(rebasing: buf[decoded.start...]))
            var scanner = RecordScanner(buffer: buf, delimiter: delimiter, start: decoded.start)
            var fields: [FieldSpan] = []
            var out: [[String]] = []
            while scanner.next(into: &fields) != nil {
                if fields.count == 1 && fields[0].isEmptyUnquoted { continue }
                out.append(fields.map { buf.string(of: $0) })
            }
            if !scanner.problems.isEmpty {
                return .failure(diagnostics(scanner.problems.map { describe($0, in: buf, file: name) }, limit: options.maxProblems))
            }
            return .success(out)
        }
        return try result.get()
    }

    static func readFile(_ path: String) throws(DiagnosticList) -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw DiagnosticList([Diagnostic("found no readable file, expected a CSV file (\(String(cString: strerror(errno))))",
                                             at: InputLocation(file: path, line: 1, column: 1))])
        }
        defer { close(fd) }
        var st = stat()
        fstat(fd, &st)
        let size = Int(st.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buf, initialized in
            guard size > 0, let base = buf.baseAddress else { initialized = 0; return }
            HugePages.advise(base, size)
            // A large file in two halves at once: the kernel's copy into fresh
            // pages was the longest stretch on one thread (strace, perf).
            if size > Parallel.threshold {
                let half = size / 2
                let (a, b) = Parallel.both({ readFully(fd, base, half, at: 0) },
                                           { readFully(fd, base + half, size - half, at: half) })
                if a == half && b == size - half { initialized = size; return }
                if a < 0 || b < 0 { failed = true; initialized = 0; return }
                // A short half: the file changed size under us; read it again in one go.
            }
            let n = readFully(fd, base, size, at: 0)
            failed = n < 0
            initialized = max(0, n)
        }
        if failed {
            throw DiagnosticList([Diagnostic("found an unreadable file, expected a CSV file",
                                             at: InputLocation(file: path, line: 1, column: 1))])
        }
        return bytes
    }

    /// Reads up to `count` bytes at `offset` into `to`: how many (fewer at the
    /// end of the file), or −1 on an error.
    static func readFully(_ fd: Int32, _ to: UnsafeMutablePointer<UInt8>, _ count: Int, at offset: Int) -> Int {
        var done = 0
        while done < count {
            let r = pread(fd, to + done, count - done, off_t(offset + done))
            if r < 0 { return -1 }
            if r == 0 { break }
            done += r
        }
        return done
    }

    /// The delimiter used most outside quotes in the first lines: tab, `;` or
    /// `,` (a tie goes to the comma).
    static func detectDelimiter(_ buf: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var comma = 0, tab = 0, semicolon = 0
        var inQuotes = false
        var lines = 0
        for b in buf.prefix(64 * 1024) {
            switch b {
            case 0x22: inQuotes.toggle()
            case 0x2C where !inQuotes: comma += 1
            case 0x09 where !inQuotes: tab += 1
            case 0x3B where !inQuotes: semicolon += 1
            case 0x0A where !inQuotes:
                lines += 1
                if lines >= 20 { break }
            default: break
            }
            if lines >= 20 { break }
        }
        if tab > comma && tab >= semicolon { return 0x09 }
        if semicolon > comma { return 0x3B }
        return 0x2C
    }

    static func describe(_ p: ScanProblem, in buf: UnsafeBufferPointer<UInt8>, file: String) -> Diagnostic {
        let message: String
        switch p.kind {
        case .unterminatedQuote:
            message = "found \"\\\"\" that is never closed, expected a closing quote before the end of the file"
        case .strayQuote:
            message = "found \"\\\"\" inside an unquoted field, expected the whole field in quotes with inner quotes doubled"
        case .textAfterQuote:
            let text = buf.string(of: FieldSpan(start: p.offset, end: min(p.offset + 1, buf.count), quoted: false, escaped: false))
            message = "found \"\(text)\" after a closing quote, expected a delimiter or the end of the line"
        }
        return Diagnostic(message, at: InputLocation(file: file, line: p.line, column: buf.column(of: p.offset, lineStart: p.lineStart)),
                          sourceLine: buf.lineText(from: p.lineStart))
    }

    static func diagnostics(_ all: [Diagnostic], limit: Int) -> DiagnosticList {
        let sorted = all.sorted { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
        let kept = Array(sorted.prefix(max(1, limit)))
        return DiagnosticList(kept, omitted: sorted.count - kept.count)
    }
}
