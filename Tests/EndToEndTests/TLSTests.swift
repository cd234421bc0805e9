import Foundation
import KamakiTestSupport
import Testing

/// HTTPS, as every real cloud speaks it: the built `kamaki` against a `kamaki-cloud` behind a TLS
/// front (Tests/Fixtures/tls_proxy.py) with a certificate made for the test. The certificate is
/// trusted through `--ca-certs` or the `ca_certs` option, refused without them, and `-k` skips
/// the check.
@Suite(.serialized, .temporaryDirectoriesPerTest) struct TLSTests {
    @Test func aTrustedCertificateWorksAnUntrustedOneIsRefusedAndIgnoreSSLSkipsTheCheck() async throws {
        let cloud = try await LocalCloudProcess.launch(["--seed", "tutorial", "--state", ":memory:"])
        defer { cloud.stop() }
        let front = try TLSFront(targetPort: try #require(URL(string: cloud.base)?.port))
        defer { front.stop() }

        let environment = try BinaryRun.freshEnvironment()
        let https = "https://localhost:\(front.port)"
        let cloudOptions = [
            "-o", "cloud.default.url=\(https)/identity/v2.0", "-o", "cloud.default.token=\(cloud.tokens[0])",
            "-o", "cloud.default.network_url=\(https)/network/v2.0",
        ]
        let kamaki = BinaryRun.product("kamaki")

        let trusted = try BinaryRun.run(
            kamaki, ["--ca-certs", front.certificate] + cloudOptions + ["network", "list"], environment: environment)
        #expect(trusted.status == 0, "\(trusted.err)")
        #expect(trusted.out == "1 public_network ( public )\n")

        let configured = try BinaryRun.run(
            kamaki, ["-o", "global.ca_certs=\(front.certificate)"] + cloudOptions + ["ip", "list"], environment: environment)
        #expect(configured.status == 0, "\(configured.err)")

        let untrusted = try BinaryRun.run(kamaki, cloudOptions + ["network", "list"], environment: environment)
        #expect(untrusted.status == 1)
        #expect(untrusted.out.isEmpty)
        #expect(untrusted.err.hasPrefix("TLS failure: the server's certificate is not signed by a trusted authority"), "\(untrusted.err)")
        #expect(untrusted.err.contains("--ca-certs"), "\(untrusted.err)")
        #expect(!untrusted.err.contains(".build/"), "no source paths in the message: \(untrusted.err)")

        let insecure = try BinaryRun.run(kamaki, ["-k"] + cloudOptions + ["network", "list"], environment: environment)
        #expect(insecure.status == 0, "\(insecure.err)")
        #expect(insecure.out == "1 public_network ( public )\n")
    }

    @Test func aMissingCABundleIsAClearError() throws {
        let environment = try BinaryRun.freshEnvironment()
        let run = try BinaryRun.run(
            BinaryRun.product("kamaki"),
            [
                "--ca-certs", "/nonexistent/ca.pem", "-o", "cloud.default.url=https://localhost:1/identity/v2.0", "-o",
                "cloud.default.token=t",
                "network", "list",
            ],
            environment: environment)
        #expect(run.status == 1, "\(run.err)")
        #expect(run.err.hasPrefix("CA certificates file \"/nonexistent/ca.pem\" cannot be read\n"), "\(run.err)")
        #expect(run.err.contains("kamaki config set ca_certs"), "\(run.err)")
    }
}

/// `tls_proxy.py` in front of a port, with a self-signed certificate for localhost made by
/// `openssl` in a temporary folder.
final class TLSFront {
    let port: Int
    /// The certificate (PEM), also its own CA.
    let certificate: String
    private let process: Process
    private let input: Pipe
    private let folder: String

    init(targetPort: Int) throws {
        folder = NSTemporaryDirectory() + "kamaki-tls-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        certificate = folder + "/cert.pem"
        let key = folder + "/key.pem"
        let made = try BinaryRun.run(
            "/usr/bin/openssl",
            [
                "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", certificate,
            ],
            environment: ProcessInfo.processInfo.environment)
        guard made.status == 0 else { throw TLSFrontError(message: "openssl: \(made.err)") }

        process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", BinaryRun.packageRoot + "/Tests/Fixtures/tls_proxy.py", certificate, key, String(targetPort)]
        input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Its first line: "port: N" (a blocking read; the proxy prints it once it listens).
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let byte = output.fileHandleForReading.readData(ofLength: 1)
            guard !byte.isEmpty else { throw TLSFrontError(message: "tls_proxy.py ended before it listened") }
            line.append(byte)
        }
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.hasPrefix("port: "), let port = Int(text.dropFirst(6)) else { throw TLSFrontError(message: "tls_proxy.py said \(text)") }
        self.port = port
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: folder)
    }
}

struct TLSFrontError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
