import ArgumentParser

/// The root of the command registry: `kamaki <group> <verb> [ids] [--flags]`.
public struct Kamaki: AsyncParsableCommand {
    /// The release number (the Debian package's version too: `make deb` reads it from here).
    public static let release = "1.0.0"

    /// What `-V` prints: the release and the commit the binary was built from (see ``BuildInfo``).
    public static let version =
        "kamaki \(release) (\(BuildInfo.commit.map { "commit " + $0 } ?? "unknown commit"), compatible with kamaki 0.16)"

    public static let configuration = CommandConfiguration(
        commandName: "kamaki",
        abstract: "A fast client for Synnefo-style (OpenStack-compatible) clouds.",
        discussion: """
            Without arguments on a terminal, kamaki opens its interactive shell; with standard input \
            not a terminal it runs the lines it reads as a script. With no cloud configured, kamaki \
            uses the embedded local cloud (state in $XDG_STATE_HOME/kamaki/local.sqlite).

            Besides the commands below:
              kamaki shell [<file>]      the shell, or a script (see kamaki shell -h)
              kamaki tutorial [<name>]   a guided tutorial (see kamaki tutorial -h)

            Global options (-v, -vv, -d, -c, -o, --cloud, -k, --ca-certs, -V) work with every command, in any position.

            Where a command takes an id, a name works too (network info 'My Private Net', ip info 192.168.3.5, \
            port info 'web port'); a number is always an id. A name several resources have lists them (exit 1).

            One-shot commands run in a background command server that the first one starts (it \
            keeps the program and its connections warm and exits after 5 idle minutes); \
            KAMAKI_COMMAND_SERVER=off runs every command in its own process.

            \(ExitStatus.documentation)
            """,
        subcommands: [
            NetworkGroup.self, SubnetGroup.self, PortGroup.self, IPGroup.self, ServerGroup.self, QuotaGroup.self, FlavorGroup.self,
            ImageGroup.self, ImageComputeGroup.self, KeypairGroup.self, UserGroup.self, ConfigGroup.self, HistoryGroup.self,
            LocalGroup.self,
        ]
    )

    @OptionGroup var global: GlobalOptions

    public init() {}

    /// The width to lay help out in, always given: without one the argument parser reads the
    /// process's own `COLUMNS` and terminal (in a command server, the server's), and it traps
    /// below about 30 columns (its indent), so a narrow terminal or an absurd `COLUMNS` gets 40.
    static func helpColumns(_ columns: Int?) -> Int {
        min(max(columns ?? 80, 40), 10_000)
    }

    public func run() async throws {
        throw CleanExit.helpRequest(self)
    }
}
