// kamaki-shell-bench: the latency of one Tab in the shell's completer, measured directly
// (no terminal): `port info <Tab>` and friends with 10,000 cached ports, and `server info <Tab>` with
// 1,000 cached servers whose ids are UUIDs, as an OpenStack cloud's are.
// Usage: kamaki-shell-bench [--ports N] [--servers N] [--iterations N]
import Foundation
import KamakiCommands
import KamakiShell

var ports = 10_000
var servers = 1_000
var iterations = 2_000
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let value = arguments.popFirst().flatMap(Int.init) else { break }
    switch flag {
    case "--ports": ports = value
    case "--servers": servers = value
    case "--iterations": iterations = value
    default: break
    }
}

// The completion cache as list commands leave it: one entry per port with its labels.
let cache = IDCache(path: nil)
cache.replace(
    .port,
    with: (1...ports).map { n in
        IDEntry(id: String(10 + n), labels: ["10.\(n / 65536).\(n / 256 % 256).\(n % 256)", "ACTIVE", "network 2", "server 141"])
    })
// OpenStack-style servers: a UUID (random, as Nova's are) and a name each.
cache.replace(
    .server,
    with: (1...servers).map { n in
        IDEntry(id: UUID().uuidString.lowercased(), labels: ["demo-server-\(n)", n % 10 == 0 ? "BUILD" : "ACTIVE"])
    })
let cachedServers = cache.entries(.server)
let uuidPrefix = String(cachedServers[cachedServers.count / 2].id.prefix(3))
let catalogStart = DispatchTime.now().uptimeNanoseconds
let catalog = CommandCatalog.shared  // built once per process, outside the Tab timings
let catalogMilliseconds = Double(DispatchTime.now().uptimeNanoseconds - catalogStart) / 1_000_000
let completer = Completer(catalog: catalog) { cache.entries($0) }

/// Nanoseconds per Tab: completing `line` and rendering what the terminal would show.
@MainActor
func measure(_ line: String) -> [Double] {
    (0..<iterations).map { _ in
        let start = DispatchTime.now().uptimeNanoseconds
        let edit = completer.complete(line, group: nil).edit
        if case .list(let candidates) = edit { _ = CandidateList.render(candidates, columns: 120) }
        return Double(DispatchTime.now().uptimeNanoseconds - start)
    }.sorted()
}

func percentile(_ sorted: [Double], _ p: Double) -> String {
    let value = sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] / 1_000_000
    return String(format: "%.3f", value)
}

print(String(format: "Building the command catalog (once per shell, in the background): %.1f ms\n", catalogMilliseconds))
print("| completion (\(ports) cached ports, \(iterations) runs) | p50 ms | p99 ms | max ms |")
print("| --- | ---: | ---: | ---: |")
for line in ["port info ", "port info 12", "port info 10.0.3", "port wait 11 --until ", "ip att"] {
    let times = measure(line)
    print("| `\(line)<Tab>` | \(percentile(times, 0.5)) | \(percentile(times, 0.99)) | \(percentile(times, 1)) |")
}
print("")
print("| completion (\(servers) cached servers with UUID ids, \(iterations) runs) | p50 ms | p99 ms | max ms |")
print("| --- | ---: | ---: | ---: |")
for line in ["server info ", "server info \(uuidPrefix)", "server info demo-server-99"] {
    let times = measure(line)
    print("| `\(line)<Tab>` | \(percentile(times, 0.5)) | \(percentile(times, 0.99)) | \(percentile(times, 1)) |")
}
