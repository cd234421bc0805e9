import Synchronization
import Testing

/// A trait for tests that make temporary directories deep inside helpers (a child process's HOME, its runtime
/// folder): ``make(prefix:)`` creates one that is removed, with everything in it, when the test case ends.
///
/// ```swift
/// @Suite(.temporaryDirectoriesPerTest) struct SomeProcessTests { ... }
/// ```
public struct TestScopedDirectories: TestTrait, SuiteTrait, TestScoping {
    /// The directories of the running test case.
    private final class Held: Sendable {
        let directories = Mutex<[TemporaryDirectory]>([])
    }

    @TaskLocal private static var current: Held?

    public var isRecursive: Bool { true }

    /// One scope per test case, so each case of a parameterized test gets its own directories.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> Self? { testCase == nil ? nil : self }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let held = Held()
        defer { held.directories.withLock { $0.removeAll() } }
        try await Self.$current.withValue(held) { try await function() }
    }

    /// A new temporary directory removed when the current test case ends; the test (or its suite) must have the
    /// ``Testing/Trait/temporaryDirectoriesPerTest`` trait.
    public static func make(prefix: String) throws -> String {
        guard let held = current else { throw MissingTrait() }
        let directory = try TemporaryDirectory(prefix: prefix)
        held.directories.withLock { $0.append(directory) }
        return directory.path
    }

    /// ``TestScopedDirectories/make(prefix:)`` was called outside a test with the trait.
    public struct MissingTrait: Error, CustomStringConvertible {
        public var description: String { "a test-scoped temporary directory needs the .temporaryDirectoriesPerTest trait" }
    }
}

extension Trait where Self == TestScopedDirectories {
    /// Temporary directories made with ``TestScopedDirectories/make(prefix:)`` are removed when each test case ends.
    public static var temporaryDirectoriesPerTest: Self { TestScopedDirectories() }
}
