import Foundation
import KamakiAPI
import KamakiClient
import LocalCloud

/// Measures the client against an in-process local cloud and prints a Markdown table section.
///
/// `kamaki-bench [--requests N] [--warmup N]`: p50/p90/p99 of `GET /networks/2` through
/// ``CloudClient/network(_:)`` on one keep-alive connection, and the request counts of a cold and a
/// warm `listNetworks()` on fresh clients sharing a cache directory (each stands in for one process).
@main
enum KamakiBench {
    static func main() async throws {
        let arguments = CommandLine.arguments
        func value(_ flag: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count else { return fallback }
            return Int(arguments[i + 1]) ?? fallback
        }
        let requests = value("--requests", 1000)
        let warmup = value("--warmup", 100)

        let directory = NSTemporaryDirectory() + "/kamaki-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let cloud = try await LocalCloud.start(
            LocalCloudConfiguration(statePath: directory + "/state.sqlite", seed: .tutorial, settle: 0.2))

        let counts = try await requestCounts(cloud: cloud, cacheDirectory: directory + "/cache")
        let latencies = try await latencies(cloud: cloud, requests: requests, warmup: warmup)
        await cloud.stop()

        let sorted = latencies.sorted()
        func percentile(_ p: Double) -> Duration { sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] }
        print("### KamakiClient (kamaki-bench, \(requests) requests after \(warmup) warm-up, in-process local cloud)")
        print("")
        print("| figure | value | target | kamaki 0.16 |")
        print("| --- | --- | --- | --- |")
        print(
            "| p50 `GET /networks/2` via `CloudClient.network(_:)` | \(ms(percentile(0.5))) | < 1 ms | n/a (no library call; see CLI table) |"
        )
        print("| p90 `GET /networks/2` | \(ms(percentile(0.9))) | — | n/a |")
        print("| p99 `GET /networks/2` | \(ms(percentile(0.99))) | — | n/a |")
        print("| HTTP requests, cold `listNetworks()` (fresh client, empty cache) | \(counts.cold) | 2 | 2 (every run) |")
        print("| HTTP requests, warm `listNetworks()` (fresh client, cached catalog) | \(counts.warm) | 1 | 2 (every run) |")
    }

    /// The requests a cold and a warm one-shot `listNetworks()` make.
    static func requestCounts(cloud: LocalCloud, cacheDirectory: String) async throws -> (cold: Int, warm: Int) {
        var counts: [Int] = []
        for _ in 0..<2 {
            let client = CloudClient(
                configuration: ClientConfiguration(
                    identityURL: cloud.identityURL, token: cloud.tokens[0], cacheDirectory: cacheDirectory))
            _ = try await client.listNetworks()
            counts.append(client.requestCount)
            await client.shutdown()
        }
        return (counts[0], counts[1])
    }

    /// One latency per `GET /networks/2`, after `warmup` unmeasured ones.
    static func latencies(cloud: LocalCloud, requests: Int, warmup: Int) async throws -> [Duration] {
        let client = CloudClient(
            configuration: ClientConfiguration(identityURL: cloud.identityURL, token: cloud.tokens[0], cacheDirectory: nil))
        let network = try await client.createNetwork(name: "bench", type: NetworkType.default)
        precondition(network.id == "2", "the tutorial seed's first private network is 2")
        for _ in 0..<warmup { _ = try await client.network("2") }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(requests)
        for _ in 0..<requests {
            let start = clock.now
            _ = try await client.network("2")
            samples.append(start.duration(to: clock.now))
        }
        await client.shutdown()
        return samples
    }

    static func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format: "%.3f ms", milliseconds)
    }
}
