import BriefingCore
@testable import BriefingServer
import Foundation
import Hummingbird
import Testing

/// The server's small parts on their own: ids, the token comparison, sizes, shell quoting, the table cache.
@Suite("Server parts")
struct ServerPartsTests {
    @Test func idsAre128RandomBitsAsHex() {
        let ids = (0..<200).map { _ in RandomID.make() }
        #expect(Set(ids).count == 200)
        #expect(ids.allSatisfy { $0.count == 32 && RandomID.isWellFormed($0) })
        #expect(!RandomID.isWellFormed("../../etc/passwd0123456789abcdef"))
        #expect(!RandomID.isWellFormed("0123456789ABCDEF0123456789abcdef"), "upper case is not an id we made")
    }

    @Test func theTokenComparisonNeedsEveryByteAndTheLength() {
        let secret = Array("briefing-secret-0123456789".utf8)
        #expect(ConstantTime.equal("briefing-secret-0123456789".utf8, secret))
        #expect(!ConstantTime.equal("briefing-secret-012345678".utf8, secret))
        #expect(!ConstantTime.equal("briefing-secret-01234567890".utf8, secret))
        #expect(!ConstantTime.equal("Briefing-secret-0123456789".utf8, secret))
        #expect(!ConstantTime.equal("".utf8, []), "an empty secret opens nothing")
    }

    @Test(arguments: [("50MB", 50 << 20), ("512KB", 512 << 10), ("1g", 1 << 30), ("1000", 1000), ("2 MB", 2 << 20)])
    func uploadLimitsAreRead(text: String, bytes: Int) {
        #expect(ByteSize.parse(text) == bytes)
    }

    @Test(arguments: ["", "0", "-5MB", "5XB", "MB", "99999999999999999999GB"])
    func aBadUploadLimitIsNone(text: String) {
        #expect(ByteSize.parse(text) == nil)
    }

    @Test func loopbackHostsAreRecognised() {
        for h in ["127.0.0.1:8080", "localhost:1", "[::1]:8080", "127.1.2.3", "LOCALHOST:80"] {
            #expect(AccessMiddleware<BasicRequestContextStub>.isLoopbackAuthority(h), "\(h)")
        }
        for h in ["evil.example:8080", "10.0.0.1", "[::2]:80", "127.0.0.1.evil.example", "127.0.0.1.evil.example:8080",
                  "localhost.evil", "127.0.0.256", "127.0.0", "127.a.0.1"] {
            #expect(!AccessMiddleware<BasicRequestContextStub>.isLoopbackAuthority(h), "\(h)")
        }
    }

    @Test func aCommandWordIsQuotedOnlyWhenTheShellWouldChangeIt() {
        #expect(ChartCommandLine.quote("실계약") == "실계약")
        #expect(ChartCommandLine.quote("150=목표") == "150=목표")
        #expect(ChartCommandLine.quote("a b") == "'a b'")
        #expect(ChartCommandLine.quote("it's") == "'it'\\''s'")
        #expect(ChartCommandLine.quote("$(rm -rf ~)") == "'$(rm -rf ~)'")
        #expect(ChartCommandLine.quote("") == "''")
    }

    @Test func onlyTheMostRecentlyUsedTablesStayInMemory() throws {
        let store = try UploadStore(lifetime: .seconds(60), cachedTables: 2)
        defer { store.removeAll() }
        let csv = Array("지역,값\n미국,1\n".utf8)
        let result = try TableFile.read(bytes: csv, name: "a.csv")
        let ids = try (0..<3).map { i in try store.save(csv, name: "\(i).csv").id }
        store.keep(result, for: ids[0], key: "k")
        store.keep(result, for: ids[1], key: "k")
        #expect(store.table(ids[0], key: "k") != nil)   // 0 is now the most recent
        store.keep(result, for: ids[2], key: "k")        // 1 goes
        #expect(store.cachedTableCount == 2)
        #expect(store.table(ids[1], key: "k") == nil)
        #expect(store.table(ids[0], key: "k") != nil && store.table(ids[2], key: "k") != nil)
        #expect(store.table(ids[0], key: "other") == nil, "another reading of the same file is not this one")
    }

    @Test func uploadsUnusedForTheirLifetimeAreSwept() throws {
        let store = try UploadStore(lifetime: .seconds(60))
        defer { store.removeAll() }
        let old = try store.save(Array("x".utf8), name: "x.csv")
        #expect(store.sweep(now: Date().addingTimeInterval(30)) == 0)
        #expect(store.sweep(now: Date().addingTimeInterval(61)) == 1)
        #expect(store.load(old.id) == nil)
        #expect(!FileManager.default.fileExists(atPath: store.folder + "/" + old.id))
        var info = stat()
        #expect(stat(store.folder, &info) == 0 && info.st_mode & 0o777 == 0o700)
    }

    @Test func pastTheirDiskCapacityTheLeastRecentlyUsedUploadsGo() throws {
        let store = try UploadStore(lifetime: .seconds(60), capacity: 250)
        defer { store.removeAll() }
        let block = [UInt8](repeating: 0x41, count: 100)
        let a = try store.save(block, name: "a.csv")
        usleep(2000)
        let b = try store.save(block, name: "b.csv")
        usleep(2000)
        _ = store.load(a.id)                      // a is now more recent than b
        let c = try store.save(block, name: "c.csv")
        #expect(store.count == 2)
        #expect(store.load(b.id) == nil && !FileManager.default.fileExists(atPath: store.folder + "/" + b.id))
        #expect(store.load(a.id) != nil && store.load(c.id) != nil)
    }

    @Test func wrongTokensAreCountedOverAMinute() {
        let failures = FailedAttempts(limit: 3, window: 60)
        let start = Date()
        #expect((0..<3).allSatisfy { _ in failures.record(now: start) })
        #expect(!failures.record(now: start.addingTimeInterval(30)))
        #expect(failures.record(now: start.addingTimeInterval(61)), "a minute later the old ones no longer count")
    }
}

/// AccessMiddleware's static helpers need a context type only to name the generic.
typealias BasicRequestContextStub = Hummingbird.BasicRequestContext
