import Foundation
import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// `os-keypairs` as Synnefo serves it: upload, generate (the private key returned once, never stored),
/// list, get, delete, and the errors.
@Suite struct KeypairsRoutesTests {
    /// The public key the server guide uploads, and its fingerprint there.
    static let guideKey =
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC4qiHrLE33kWpLTHplB6SZ2eU3oq/tYGaIdEJOByZHwOAcbC/lBIhwBnAkatyv9YJ27WxfT+JV1B/ugntk0hZmtewFovdylog53e5hgdzVrzZyvugPf6zZiqckMzrubNN3UGSC47PQbiFPvlRVp6sCVj8i4MILVo4ZlGjX7qptTMNJcZhvc7TUc8b0WbBo+lbJIjTSP/jwqxGyEAVDCJAHf1aBcqD1zNXRB0sXzjz41nv2tu512SS6Y2l5vGaPap1S3GWE1VkuqmtM+m8zzEXtJgvtpMhjOC5aMG4Q+OCq1EP176A8kIlLZAU1qaGrjhFtE3IFN/SCmgVOAPb76IDv"
    static let guideFingerprint = "aa:b7:cf:74:42:92:e4:cf:73:0b:2a:3e:63:ef:7f:ea"
    static let path = "/compute/v2.0/os-keypairs"

    @Test func uploadListGetDelete() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let upload = try await api.post(Self.path, ["keypair": ["name": "My Uploaded Key", "public_key": .string(Self.guideKey)]])
            #expect(upload.status == 201)
            #expect(
                upload.json == [
                    "keypair": [
                        "name": "My Uploaded Key", "fingerprint": .string(Self.guideFingerprint), "public_key": .string(Self.guideKey),
                    ]
                ])
            let list = try await api.get(Self.path)
            #expect(list.json == ["keypairs": [upload.json]])
            let get = try await api.get(Self.path + "/My%20Uploaded%20Key")
            #expect(get["keypair"]?["fingerprint"] == .string(Self.guideFingerprint) && get["keypair"]?["deleted"] == false)
            #expect(get["keypair"]?["id"]?.intValue != nil && get["keypair"]?["deleted_at"] == .null)
            #expect(get["keypair"]?["created_at"]?.stringValue?.hasSuffix("+00:00") == true)
            #expect(try await api.delete(Self.path + "/My%20Uploaded%20Key").status == 204)
            #expect(try await api.get(Self.path).json == ["keypairs": []])
            let again = try await api.delete(Self.path + "/My%20Uploaded%20Key")
            #expect(again.fault == APIFault(name: "itemNotFound", code: 404, message: "Keypair My Uploaded Key not found."))
        }
    }

    @Test func aGeneratedKeyIsRealAndItsPrivateHalfIsNotStored() async throws {
        try await withTemporaryDirectory { directory in
            let state = directory + "/state.sqlite"
            let reply = try await withInProcessCloud(statePath: state) { cloud in
                try await CloudAPI(cloud).post(Self.path, ["keypair": ["name": "My Generated Key"]])
            }
            #expect(reply.status == 201)
            let keypair = try #require(reply["keypair"]?.objectValue)
            #expect(keypair.keys == ["name", "fingerprint", "public_key", "private_key"])
            let publicKey = try #require(keypair["public_key"]?.stringValue)
            let privateKey = try #require(keypair["private_key"]?.stringValue)
            #expect(publicKey.hasPrefix("ssh-rsa AAAAB3NzaC1yc2EAAAA") && !publicKey.contains("\n"))
            #expect(privateKey.hasPrefix("-----BEGIN RSA PRIVATE KEY-----\n") && privateKey.hasSuffix("\n-----END RSA PRIVATE KEY-----"))
            // ssh-keygen reads both halves: the private key gives back the public one, with the fingerprint served.
            let privateFile = directory + "/id_rsa"
            #expect(
                FileManager.default.createFile(
                    atPath: privateFile, contents: Data((privateKey + "\n").utf8), attributes: [.posixPermissions: 0o600]))
            #expect(try sshKeygen(["-y", "-f", privateFile]).trimmingCharacters(in: .whitespacesAndNewlines) == publicKey)
            let publicFile = directory + "/id_rsa.pub"
            #expect(FileManager.default.createFile(atPath: publicFile, contents: Data((publicKey + "\n").utf8)))
            let listing = try sshKeygen(["-l", "-E", "md5", "-f", publicFile])
            #expect(listing.hasPrefix("2048 MD5:" + (keypair["fingerprint"]?.stringValue ?? "?") + " "))
            // The state files hold the public key but no line of the private one.
            var stored = Data()
            for file in [state, state + "-wal"] { stored += FileManager.default.contents(atPath: file) ?? Data() }
            #expect(stored.range(of: Data(publicKey.utf8)) != nil)
            for line in privateKey.split(separator: "\n").dropFirst().dropLast() {
                #expect(stored.range(of: Data(line.utf8)) == nil)
            }
        }
    }

    @Test func badRequests() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            for body: JSON in [
                ["keypair": ["public_key": .string(Self.guideKey)]], ["key": ["name": "k"]], ["keypair": ["name": 7]], ["keypair": "k"],
            ] {
                let reply = try await api.post(Self.path, body)
                #expect(reply.status == 400 && reply.message == "Malformed request.", "\(body)")
            }
            for name: JSON in ["", "   ", "tab\there", .string(String(repeating: "k", count: 256))] {
                let reply = try await api.post(Self.path, ["keypair": ["name": name, "public_key": .string(Self.guideKey)]])
                #expect(reply.status == 400 && reply.message == "Invalid name format", "\(name)")
            }
            let truncated = String(Self.guideKey.dropLast(40))
            for key: JSON in [
                "", "not a key", "ssh-rsa", "ssh-rsa !!!!", .string(truncated), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIA==", 42,
            ] {
                let reply = try await api.post(Self.path, ["keypair": ["name": "k", "public_key": key]])
                #expect(reply.status == 400 && reply.message == "Invalid SSH key", "\(key)")
            }
            let untyped = Self.guideKey.replacingOccurrences(of: "ssh-rsa ", with: "ssh-dss ")
            #expect(try await api.post(Self.path, ["keypair": ["name": "k", "public_key": .string(untyped)]]).status == 400)
            let plain = try await api.call(.POST, Self.path, body: "{}", contentType: "text/plain")
            #expect(plain.status == 400)
            #expect(try await api.get(Self.path).json == ["keypairs": []])
        }
    }

    @Test func namesAreUniquePerUserAndKeysPrivateToTheirOwner() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let other = CloudAPI(cloud, user: 1)
            let body: JSON = ["keypair": ["name": "shared name", "public_key": .string(Self.guideKey + " me@example.org")]]
            #expect(try await api.post(Self.path, body).status == 201)
            let duplicate = try await api.post(Self.path, body)
            #expect(duplicate.fault == APIFault(name: "conflict", code: 409, message: "A keypair with that name already exists"))
            let generated = try await api.post(Self.path, ["keypair": ["name": "shared name"]])
            #expect(generated.status == 409)
            #expect(try await other.get(Self.path).json == ["keypairs": []])
            #expect(try await other.get(Self.path + "/shared%20name").status == 404)
            #expect(try await other.delete(Self.path + "/shared%20name").status == 404)
            #expect(try await other.post(Self.path, body).status == 201)
            #expect(try await api.get(Self.path)["keypairs"]?.arrayValue?.count == 1)
            let put = try await api.put(Self.path + "/shared%20name", body)
            #expect(put.status == 405 && put.headers["Allow"] == ["GET,DELETE"])
        }
    }

    private func sshKeygen(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/ssh-keygen")
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "ssh-keygen \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }
}
