import ArgumentParser

/// `-w/--wait` and `-N/--no-progress-bar`.
struct WaitOptions: ParsableArguments, Sendable {
    @Flag(name: [.customShort("w"), .customLong("wait")], help: "Wait until the operation completes.")
    var wait = false

    @Flag(name: [.customShort("N"), .customLong("no-progress-bar")], help: "Do not show a progress display while waiting.")
    var noProgressBar = false
}
