import Foundation
import Testing

@testable import KamakiCommandServer
@testable import KamakiCommands

/// The command server's wire format, and the paths a served command resolves.
@Suite struct CommandRequestTests {
    @Test func aRequestSurvivesTheWire() throws {
        let request = CommandRequest(
            arguments: ["network", "info", "", "--name", "a=b c", "ünï"], environment: ["HOME=/h", "X=a=b", "EMPTY="],
            workingDirectory: "/work dir", fileMask: 0o077, groupID: 100, groups: [4, 24, 27])
        let bytes = request.encoded()
        let length = try #require(CommandRequest.payloadLength(header: bytes.prefix(8)))
        #expect(length == bytes.count - 8)
        #expect(CommandRequest.decode(payload: bytes.dropFirst(8)) == request)
        #expect(request.variables == ["HOME": "/h", "X": "a=b", "EMPTY": ""])
        let none = CommandRequest(arguments: [], environment: [], workingDirectory: "/")
        #expect(CommandRequest.decode(payload: none.encoded().dropFirst(8)) == none)
    }

    @Test func malformedRequestsAreRefused() {
        let good = CommandRequest(arguments: ["network", "list"], environment: [], workingDirectory: "/").encoded()
        #expect(CommandRequest.payloadLength(header: Array("KMK1".utf8 + [0, 0, 0, 0])[...]) == nil, "another version")
        #expect(CommandRequest.payloadLength(header: good.prefix(7)) == nil, "a short header")
        #expect(CommandRequest.payloadLength(header: Array("KMK2".utf8 + [0, 0, 0, 0x7f])[...]) == nil, "too large")
        #expect(CommandRequest.decode(payload: good.dropFirst(8).dropLast()) == nil, "no final NUL")
        func payload(_ fields: String...) -> ArraySlice<UInt8> { Array(fields.map { $0 + "\u{0}" }.joined().utf8)[...] }
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "", "5", "network")) == nil, "fewer arguments than counted")
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "", "-1")) == nil, "a negative count")
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "", "9223372036854775807")) == nil, "a count that overflows")
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "", "99999999999999999999999")) == nil, "a count beyond Int")
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "")) == nil, "no count")
        #expect(CommandRequest.decode(payload: payload("/", "x", "0", "", "0")) == nil, "no umask")
        #expect(CommandRequest.decode(payload: payload("/", "1000", "0", "", "0")) == nil, "a umask beyond 0777")
        #expect(CommandRequest.decode(payload: payload("/", "22", "4294967296", "", "0")) == nil, "a group beyond UInt32")
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "1,,2", "0")) == nil, "an empty group")
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "-4", "0")) == nil, "a negative group")
        #expect(
            CommandRequest.decode(payload: [0x2f, 0xff, 0, 0x32, 0x32, 0, 0x30, 0, 0, 0x30, 0][...]) == nil, "a folder that is not UTF-8")
        #expect(CommandRequest.decode(payload: []) == nil, "nothing")
        #expect(CommandRequest.decode(payload: payload("work", "22", "0", "", "0")) == nil, "a relative folder")
        #expect(CommandRequest.decode(payload: payload("/", "22", "0", "", "0")) != nil, "no arguments, no environment")
    }

    /// 100,000 random and mutated frames through the server's whole reading of a request (header,
    /// then payload): each decodes or is refused, none traps. Seeded, so a failure replays.
    @Test func fuzzedFramesNeverCrashTheDecoder() {
        var random = SplitMix64(seed: 0x6b61_6d61_6b69)
        let seeds = [
            CommandRequest(arguments: ["network", "list"], environment: ["HOME=/h"], workingDirectory: "/w", groupID: 7, groups: [1, 2]),
            CommandRequest(arguments: [], environment: [], workingDirectory: "/"),
            CommandRequest(
                arguments: ["-o", "a=b", "server", "wait", "1"], environment: ["A=1", "B="], workingDirectory: "/tmp", fileMask: 0o077),
        ].map { $0.encoded() }
        let interesting: [[UInt8]] = [
            [0], Array("9223372036854775807".utf8), Array("-1".utf8), Array("18446744073709551616".utf8), [0xff], Array(",".utf8),
            Array("777".utf8),
        ]
        var decoded = 0
        for round in 0..<100_000 {
            var frame: [UInt8]
            if round % 4 == 0 {
                frame = (0..<Int(random.next() % 64)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
                if round % 8 == 0 { frame = CommandRequest.magic + frame }
            } else {
                frame = seeds[Int(random.next() % UInt64(seeds.count))]
                for _ in 0..<(1 + Int(random.next() % 4)) {
                    let position = Int(random.next() % UInt64(frame.count + 1))
                    switch random.next() % 4 {
                    case 0 where position < frame.count: frame[position] = UInt8(truncatingIfNeeded: random.next())
                    case 1 where position < frame.count: frame.remove(at: position)
                    case 2: frame.insert(contentsOf: interesting[Int(random.next() % UInt64(interesting.count))], at: position)
                    default: frame.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
                    }
                }
            }
            guard frame.count >= 8, let length = CommandRequest.payloadLength(header: frame.prefix(8)) else { continue }
            // As the server reads it: the header's length of payload (a short frame is a peer that stopped).
            let payload = frame.dropFirst(8).prefix(length)
            if let request = CommandRequest.decode(payload: payload) {
                decoded += 1
                #expect(request.fileMask <= 0o777)
                #expect(CommandRequest.decode(payload: request.encoded().dropFirst(8)) == request, "what decodes survives the wire again")
            }
        }
        #expect(decoded > 0, "some mutated frames are still requests")
    }

    @Test func repliesSurviveTheWire() {
        for reply in [CommandReply.accepted, .declined, .status(0), .status(130), .status(-1)] {
            #expect(CommandReply.decode(reply.encoded()) == reply)
        }
        #expect(CommandReply.decode(Array("X0000".utf8)) == nil)
        #expect(CommandReply.decode([]) == nil)
    }

    @Test func theTimeZoneIsTheClients() {
        func zone(_ tz: String?) -> String {
            RunEnvironment(variables: tz.map { ["TZ": $0] } ?? [:], homeDirectory: "/h").timeZone.identifier
        }
        #expect(zone("Europe/Athens") == "Europe/Athens")
        #expect(zone(":Asia/Tokyo") == "Asia/Tokyo")
        #expect(TimeZone(identifier: zone(""))?.secondsFromGMT() == 0, "an empty TZ is UTC")
        #expect(zone(nil) == TimeZone.current.identifier)
    }

    @Test func aServedCommandResolvesRelativePathsInTheClientsFolder() {
        var environment = RunEnvironment(
            variables: ["KAMAKI_CONFIG": "conf/rc", "XDG_CACHE_HOME": "/c"], homeDirectory: "/home/u", workingDirectory: "/w")
        #expect(environment.configPath(option: "rc") == "/w/rc")
        #expect(environment.configPath(option: "/etc/rc") == "/etc/rc")
        #expect(environment.configPath(option: nil) == "/w/conf/rc")
        #expect(environment.cacheDirectory == "/c/kamaki")
        var config = ConfigFile(path: "")
        try? config.set("history_file", "hist")
        #expect(environment.historyFile(config: config).path == "/w/hist")
        environment.workingDirectory = nil
        #expect(environment.configPath(option: "rc") == "rc", "a process's own folder needs no resolving")
    }
}

/// A small seeded generator (SplitMix64), so that the fuzz test replays exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
