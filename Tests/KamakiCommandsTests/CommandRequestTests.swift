import Foundation
import Testing

@testable import KamakiCommands

/// The command server's wire format, and the paths a served command resolves.
@Suite struct CommandRequestTests {
    @Test func aRequestSurvivesTheWire() throws {
        let request = CommandRequest(
            arguments: ["network", "info", "", "--name", "a=b c", "ünï"], environment: ["HOME=/h", "X=a=b", "EMPTY="],
            workingDirectory: "/work dir", fileMask: 0o077)
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
        #expect(CommandRequest.payloadLength(header: Array("KMK2".utf8 + [0, 0, 0, 0])[...]) == nil, "another version")
        #expect(CommandRequest.payloadLength(header: good.prefix(7)) == nil, "a short header")
        #expect(CommandRequest.payloadLength(header: Array("KMK1".utf8 + [0, 0, 0, 0x7f])[...]) == nil, "too large")
        #expect(CommandRequest.decode(payload: good.dropFirst(8).dropLast()) == nil, "no final NUL")
        #expect(CommandRequest.decode(payload: Array("/\u{0}18\u{0}5\u{0}network\u{0}".utf8)[...]) == nil, "fewer arguments than counted")
        #expect(CommandRequest.decode(payload: Array("/\u{0}18\u{0}-1\u{0}".utf8)[...]) == nil, "a negative count")
        #expect(CommandRequest.decode(payload: Array("/\u{0}18\u{0}".utf8)[...]) == nil, "no count")
        #expect(CommandRequest.decode(payload: Array("/\u{0}x\u{0}0\u{0}".utf8)[...]) == nil, "no umask")
        #expect(CommandRequest.decode(payload: Array("/\u{0}18\u{0}0\u{0}".utf8)[...]) != nil, "no arguments, no environment")
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
