import KamakiAPI
import KamakiTestSupport
import Testing

/// `GET /ports` writes its ports straight into the body (issue 19): every port must read exactly as
/// `GET /ports/{id}` renders it from the ``JSON`` value, byte for byte.
@Suite struct PortListWriterTests {
    @Test func listedPortsAreTheBytesOfTheSinglePorts() async throws {
        try await withInProcessCloud(settle: 0) { cloud in
            let count = 700
            try await Fixtures(cloud).addManyPorts(count)
            let api = CloudAPI(cloud)
            let list = try await api.get("/network/v2.0/ports")
            #expect(list.status == 200)
            let ids = try #require(list["ports"]?.arrayValue).compactMap { $0["id"]?.stringValue }
            // Ports whose id ends in 9 were deleted (not listed); the others are, in id order.
            #expect(ids == (11..<(11 + count)).filter { $0 % 10 != 9 }.map(String.init))
            var singles: [String] = []
            for id in ids {
                let reply = try await api.get("/network/v2.0/ports/\(id)")
                #expect(reply.status == 200)
                singles.append(String(reply.body.dropFirst(#"{"port": "#.count).dropLast()))
            }
            #expect(list.body == #"{"ports": ["# + singles.joined(separator: ",") + "]}")
            let statuses = Set(try #require(list["ports"]?.arrayValue).compactMap { $0["status"]?.stringValue })
            #expect(statuses == ["ACTIVE", "BUILD", "DOWN"])
        }
    }
}
