import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki server create --name N --flavor-id F --image-id I [--network …] [-p …] [-m K=V]
/// [--cluster-size S [--threads T]] [--wait]`
struct ServerCreate: KamakiCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a server (aka Virtual Machine)",
        discussion:
            "The details of each new server, with its adminPass (shown only now), go to standard output; progress to standard error.")
    /// The most servers one command creates, and the most requests it has in flight at once.
    static let maximumClusterSize = 1000
    static let maximumThreads = 64
    /// Synnefo's limit on a server's name.
    static let maximumNameLength = 255

    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Option(name: .customLong("name"), help: "The name of the new server (with --cluster-size: the prefix of each name).")
    var name: String
    @Option(name: .customLong("flavor-id"), help: "The ID of the flavor.") var flavorID: String
    @Option(name: [.customLong("image-id"), .customLong("image")], help: "The ID of the image.") var imageID: String
    @Option(
        name: .customLong("key-name"), help: ArgumentHelp("The name of the ssh key to add to the server.", valueName: "key-name"),
        completion: IDCompletion.keypair) var keyName: String?
    @Option(
        name: [.customShort("p"), .customLong("personality")],
        help: ArgumentHelp("Inject a local file; repeatable. PATH[,SERVER_PATH[,OWNER[,GROUP[,MODE]]]]", valueName: "personality"),
        completion: .file())
    var personality: [String] = []
    @Option(
        name: [.customShort("m"), .customLong("metadata")],
        help: ArgumentHelp("Add custom metadata; repeatable. Overrides the image's os and users.", valueName: "KEY=VALUE"))
    var metadata: [String] = []
    @Option(
        name: .customLong("network"),
        help: ArgumentHelp(
            "Connect the server to a network: [id=]NETWORK_ID[,[ip=]IP] (the IP one you reserved); repeatable.", valueName: "network-id"),
        completion: IDCompletion.network)
    var networks: [String] = []
    @Flag(name: .customLong("no-network"), help: "Do not connect the server to any network (not even by the cloud's default policy).")
    var noNetwork = false
    @Option(name: .customLong("project-id"), help: "Assign the server to this project.") var projectID: String?
    @Option(
        name: .customLong("cluster-size"),
        help: "Create this many servers, named NAME1, NAME2, … (at most \(maximumClusterSize)).")
    var clusterSize: Int?
    @Option(name: .customLong("threads"), help: "Create at most this many servers at once (default: 8).") var threads: Int?
    @OptionGroup var waiting: WaitOptions

    func validate() throws {
        if noNetwork, !networks.isEmpty {
            throw ValidationError("Invalid argument combination: --no-network and --network are mutually exclusive")
        }
        if let clusterSize, !(1...Self.maximumClusterSize).contains(clusterSize) {
            throw ValidationError("Invalid cluster size \(clusterSize): use 1 to \(Self.maximumClusterSize)")
        }
        if let threads, !(1...Self.maximumThreads).contains(threads) {
            throw ValidationError("Invalid --threads \(threads): use 1 to \(Self.maximumThreads)")
        }
        if let pair = metadata.first(where: { !$0.contains("=") }) {
            throw ValidationError("Invalid metadata \(pair): use KEY=VALUE")
        }
        let longest = name.count + (clusterSize.map { $0 > 1 ? String($0).count : 0 } ?? 0)
        if longest > Self.maximumNameLength {
            throw ValidationError("Server name is too long: \(longest) characters, at most \(Self.maximumNameLength)")
        }
        if name.isEmpty { throw ValidationError("The server name cannot be empty") }
    }

    func execute(in context: CommandContext) async throws {
        let request = try baseRequest(context)
        let client = try await context.client()
        let size = clusterSize ?? 1
        let operation = ServerCluster(
            client: client, context: context, format: format, waiting: waiting, threads: min(threads ?? 8, size))
        try await operation.create(try await withImageMetadata(request, client: client), size: size)
    }

    /// The request as the command line gives it (networks and files checked and read).
    private func baseRequest(_ context: CommandContext) throws -> ServerCreateRequest {
        let connections = try networks.map { value in
            try ServerNetworkArgument.parse(value) { try context.cachedID($0, .network) }
        }
        let files = try personality.map { try ServerPersonalityArgument.parse($0, environment: context.environment) }
        var pairs: [(key: String, value: String)] = []
        for pair in metadata {
            let (key, value) = ServerList.split(pair)
            pairs.removeAll { $0.key == key }
            pairs.append((key, value))
        }
        return ServerCreateRequest(
            name: name, flavorID: flavorID, imageID: imageID, networks: noNetwork ? [] : (networks.isEmpty ? nil : connections),
            keyName: keyName, metadata: pairs, personality: files, projectID: projectID)
    }

    /// kamaki's defaults: the image's `os` and `users` metadata, unless given. An image that
    /// cannot be read adds nothing (the create then says what is wrong with it).
    private func withImageMetadata(_ request: ServerCreateRequest, client: CloudClient) async throws -> ServerCreateRequest {
        guard let image = try? await client.computeImageMetadata(request.imageID) else { return request }
        var request = request
        for key in ["os", "users"] where !request.metadata.contains(where: { $0.key == key }) {
            if let value = image[key]?.stringValue { request.metadata.append((key, value)) }
        }
        return request
    }
}
