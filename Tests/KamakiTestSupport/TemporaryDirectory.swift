import Foundation

/// A new, unique, empty directory under the system's temporary directory, removed with everything
/// in it when the last reference to it goes: hold it for as long as the test uses the path (a
/// stored property, or ``withTemporaryDirectory(_:)``), since a local that is no longer read may
/// be released early.
public final class TemporaryDirectory: Sendable {
    public let path: String

    /// - Parameter prefix: the start of the directory's name, which gets six random characters after a `-`.
    public init(prefix: String = "kamaki-test") throws {
        let system = NSTemporaryDirectory()
        let folder = system.hasSuffix("/") ? system : system + "/"
        var template = Array((folder + "\(prefix)-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw CocoaError(.fileWriteUnknown) }
        path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The names of the files in the directory.
    public var files: [String] { Self.files(path) }

    /// The names of the files in the directory at `path` (none when it does not exist).
    public static func files(_ path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }
}

/// Runs `body` with the path of a new temporary directory, removed when `body` returns or throws.
public func withTemporaryDirectory<T>(_ body: (String) async throws -> T) async throws -> T {
    let directory = try TemporaryDirectory()
    defer { withExtendedLifetime(directory) {} }
    return try await body(directory.path)
}
