/// What the build knows about its sources.
///
/// `make release` (and so `make install` and `make deb`) writes `BuildInfo+Commit.generated.swift`
/// beside this file (not committed; rewritten only when the commit changes) and builds with
/// `KAMAKI_BUILD_INFO=1`, which Package.swift turns into the `KAMAKI_BUILD_INFO` condition. A
/// plain `swift build` has neither, so its `kamaki -V` says "unknown commit".
public enum BuildInfo {
    /// `git describe --always --dirty` of the tree built (`006f553ab1c2`, `…-dirty`), if known.
    public static var commit: String? {
        #if KAMAKI_BUILD_INFO
        return builtFromCommit
        #else
        return nil
        #endif
    }
}
