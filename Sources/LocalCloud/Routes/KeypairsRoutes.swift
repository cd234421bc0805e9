import KamakiAPI

/// Cyclades `os-keypairs`: a user's named SSH public keys. A key generated here is returned once, with its
/// private half, and only the public half is stored.
enum KeypairsRoutes {
    static func register(_ table: inout RouteTable) {
        table.add("/compute/v2.0/os-keypairs", allow: "GET,POST", ["GET": list, "POST": create])
        table.add("/compute/v2.0/os-keypairs/{}", allow: "GET,DELETE", ["GET": get, "DELETE": delete])
    }

    @Sendable static func list(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(["keypairs": .array(try store.keypairs(of: user.id).map { $0.json() })])
        }
    }

    @Sendable static func get(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.read { store, user in
            .ok(try store.keypair(name: request.id, user: user.id).json(detail: true))
        }
    }

    /// `{"keypair": {"name": ..., "public_key": ...}}` uploads a key; without `public_key` an RSA 2048 key is
    /// generated (outside the transaction: it takes a while) and its private half returned once. 201.
    @Sendable static func create(_ request: CloudRequest) async throws -> CloudResponse {
        let (name, uploaded) = try parse(try request.jsonBody())
        let generated = uploaded == nil ? try GeneratedKeypair.make() : nil
        let publicKey = uploaded ?? generated?.publicKey.openSSH ?? ""
        return try await request.write { store, user in
            let keypair = try store.createKeypair(name: name, publicKey: publicKey, user: user.id)
            return .created(keypair.json(privateKey: generated?.privateKeyPEM))
        }
    }

    @Sendable static func delete(_ request: CloudRequest) async throws -> CloudResponse {
        try await request.write { store, user in
            try store.deleteKeypair(name: request.id, user: user.id)
            return .noContent
        }
    }

    /// The name and the uploaded public key (nil: generate one), checked as Synnefo checks them.
    private static func parse(_ body: JSON) throws -> (name: String, publicKey: String?) {
        guard let keypair = body["keypair"]?.objectValue, let name = keypair["name"]?.stringValue else {
            throw APIFault.badRequest("Malformed request.")
        }
        let printable = name.unicodeScalars.allSatisfy { !$0.properties.generalCategory.isControl }
        guard printable, name.count <= 255, name.contains(where: { !$0.isWhitespace }) else {
            throw APIFault.badRequest("Invalid name format")
        }
        guard let value = keypair["public_key"] else { return (name, nil) }
        guard let publicKey = value.stringValue else { throw APIFault.badRequest("Invalid SSH key") }
        return (name, publicKey)
    }
}

extension Unicode.GeneralCategory {
    /// Control, format, unassigned and other non-printing characters.
    fileprivate var isControl: Bool {
        switch self {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
