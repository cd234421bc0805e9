import Foundation
import KamakiTestSupport
import Synchronization
import Testing

/// The folders `BinaryRun.freshEnvironment()` and `withCommandServer()` make live as long as the test case.
@Suite struct TestScopedDirectoriesTests {
    @Test func directoriesAreRemovedWhenTheScopeEnds() async throws {
        let made = Mutex<[String]>([])
        try await TestScopedDirectories.temporaryDirectoriesPerTest.provideScope(
            for: try #require(Test.current), testCase: Test.Case.current
        ) {
            let home = try TestScopedDirectories.make(prefix: "kamaki-e2e")
            try "x".write(toFile: home + "/.kamakirc", atomically: true, encoding: .utf8)
            let runtime = try TestScopedDirectories.make(prefix: "kamaki-run")
            #expect(home != runtime)
            #expect(FileManager.default.fileExists(atPath: home + "/.kamakirc"))
            let mode = try FileManager.default.attributesOfItem(atPath: runtime)[.posixPermissions] as? Int
            #expect(mode == 0o700)
            made.withLock { $0 = [home, runtime] }
        }
        let paths = made.withLock { $0 }
        #expect(paths.count == 2)
        for path in paths { #expect(!FileManager.default.fileExists(atPath: path), "\(path)") }
    }

    @Test func makingOneOutsideTheTraitFails() {
        #expect(throws: TestScopedDirectories.MissingTrait.self) { try TestScopedDirectories.make(prefix: "kamaki-e2e") }
    }
}
