import BriefingCore
import Testing

/// `LocalPath` against POSIX `dirname`/`basename` (the tables of
/// POSIX.1-2017 `dirname(3)` plus the paths that crashed Foundation).
@Suite("Local paths")
struct OutputLocalPathTests {
    @Test(arguments: [
        ("o", "."), (".", "."), ("..", "."), ("", "."), ("한", "."), ("a/", "."),
        ("x/y", "x"), ("x/y/z", "x/y"), ("x//y//", "x"), ("/x", "/"), ("/", "/"), ("//", "/"),
        ("/usr/lib", "/usr"), ("usr/", "."), ("a b/월간 동향.yaml", "a b"), ("./o", "."),
    ])
    func parentIsDirname(path: String, parent: String) {
        #expect(LocalPath(path).parent == LocalPath(parent))
    }

    @Test(arguments: [
        ("o", "o"), ("x/y", "y"), ("x/y/", "y"), ("/", "/"), ("", ""), ("/usr/lib", "lib"),
        ("a b/월간 동향.yaml", "월간 동향.yaml"), ("x/\u{301}", "\u{301}"),
    ])
    func nameIsBasename(path: String, name: String) {
        #expect(LocalPath(path).name == name)
    }

    @Test(arguments: [
        ("monthly.yaml", "monthly"), ("a/b.tar.gz", "b.tar"), (".env", ".env"), ("a.", "a."),
        ("t", "t"), ("월간 동향.yaml", "월간 동향"),
    ])
    func stemDropsTheLastExtension(path: String, stem: String) {
        #expect(LocalPath(path).stem == stem)
    }

    @Test(arguments: [
        ("out", "a.pdf", "out/a.pdf"), ("o", "2024-03", "o/2024-03"), (".", "a", "./a"),
        ("/", "a", "/a"), ("", "a", "a"), ("out/", "/a", "out/a"), ("out", "", "out"),
        ("한글 폴더", ".locks/t-2024-03.lock", "한글 폴더/.locks/t-2024-03.lock"),
    ])
    func appendingJoinsWithOneSlash(base: String, relative: String, joined: String) {
        #expect(LocalPath(base).appending(relative) == LocalPath(joined))
    }

    @Test(arguments: [
        ("/a/./b/../c/", "/a/c"), ("../x", "../x"), ("/..", "/"), ("a/..", "."),
        ("a/../../b", "../b"), ("./", "."), ("/", "/"), ("x//y", "x/y"),
    ])
    func lexicalNormalization(path: String, normal: String) {
        #expect(LocalPath(path).lexicallyNormalized == LocalPath(normal))
    }

    @Test func absoluteInAFolder() {
        #expect(LocalPath("t.yaml").absolute(in: "/srv/m") == "/srv/m/t.yaml")
        #expect(LocalPath("/etc/t.yaml").absolute(in: "/srv/m") == "/etc/t.yaml")
    }

    @Test func componentsSkipEmptyNames() {
        #expect(LocalPath("/a//b/").components == ["a", "b"])
        #expect(LocalPath("/").components == [])
    }
}
