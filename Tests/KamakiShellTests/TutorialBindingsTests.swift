import Foundation
import KamakiAPI
import KamakiClient
import KamakiShell
import KamakiTestSupport
import Testing

/// The values an OpenStack tutorial's steps stand on: substituted, taken from a step's output, kept
/// out of commands when a cloud sent something that is no plain id, and kept with the progress.
@Suite struct TutorialBindingsTests {
    @Test func substitutesTheKnownNamesAndReportsTheOthers() {
        let bindings = TutorialBindings(["net": "5f1c-9a", "server1": "d43a", "name": "web\u{1b}[2J; rm -rf ~"])
        let cases: [(String, Bool, String, [String])] = [
            ("kamaki network connect {net} --device-id={server1}", true, "kamaki network connect 5f1c-9a --device-id=d43a", []),
            ("attach {ip1} --server-id={server2}", true, "attach {ip1} --server-id={server2}", ["ip1", "server2"]),
            ("{net}{net} {ip1} {ip1}", false, "5f1c-9a5f1c-9a {ip1} {ip1}", ["ip1"]),
            // Not a name: left as it is.
            ("{} { net} {net", false, "{} { net} {net", []),
            // A cloud's value that is no plain id never goes into a command; in text it is escaped.
            ("use server {name}", true, "use server {name}", ["name"]),
            ("server {name} is yours", false, "server web" + TerminalText.escaped("\u{1b}") + "[2J; rm -rf ~ is yours", []),
            ("no names", true, "no names", []),
        ]
        for (text, forCommand, expected, missing) in cases {
            let result = bindings.substitute(text, forCommand: forCommand)
            #expect(result.text == expected, "\(text)")
            #expect(result.missing == missing, "\(text)")
        }
        #expect(TutorialBindings.names(in: "ip attach {ip1} --server-id={server1} {ip1}") == ["ip1", "server1"])
    }

    /// A resumed tutorial's values win over those found again; what it lacks is taken from them.
    @Test func mergingKeepsTheOthersValues() {
        let found = TutorialBindings(["server1": "new-first", "server2": "s-2", "public": "pub"])
        let left = TutorialBindings(["server1": "s-1", "net": "n-1"])
        #expect(found.merging(left) == TutorialBindings(["server1": "s-1", "server2": "s-2", "public": "pub", "net": "n-1"]))
    }

    @Test func plainValuesAreIdsAndAddressesOnly() {
        for value in ["d43a570b-1ea5-41c6-b0bd-9c8072487869", "141", "203.0.113.7", "2001:db8::1", "10.0.0.0/24"] {
            #expect(TutorialBindings.isPlain(value), "\(value)")
        }
        for value in ["", "a b", "a|b", "a>b", "a;b", "$x", "'q'", "\"q\"", "é", "a\nb", String(repeating: "a", count: 129)] {
            #expect(!TutorialBindings.isPlain(value), "\(value.debugDescription)")
        }
    }

    @Test func capturesTheFirstTopLevelField() {
        var bindings = TutorialBindings(["ip1": "old"])
        let output = "floating_network_id: 323c\nport_details:\n    id: inner\nfloating_ip_address: 203.0.113.5\nid: 26f4\nid: second\n"
        bindings.capture(["ip1": "id", "ip1Address": "floating_ip_address", "gone": "missing_field"], from: output)
        #expect(bindings == TutorialBindings(["ip1": "26f4", "ip1Address": "203.0.113.5"]))
        bindings.capture(["ip1": "id"], from: "id: \n")
        #expect(bindings["ip1"] == "26f4", "an empty value keeps the old one")
    }

    @Test func theGuideFillsCommandsFromWhatStepsPrinted() throws {
        let tutorial = try Tutorial.load("network", dialect: .openstack)
        let found = TutorialBindings([
            "server1": "s-1", "server1Name": "demo-server-1", "server2": "s-2", "server2Name": "demo-server-2", "public": "pub",
            "publicName": "public", "routedNet": "rn", "routedNetName": "demo-net", "router": "r", "routerName": "router1",
        ])
        var guide = TutorialGuide(tutorial: tutorial, index: 2, bindings: found, key: "network@devstack")
        #expect(guide.currentCommand == "kamaki network create --name='My Private Net'")
        let made = guide.completed(status: 0, output: "id: n-1\nname: My Private Net\nstatus: ACTIVE\nrouter:external: False\n", errors: "")
        #expect(made.contains("Network n-1 is yours"), "\(made)")
        #expect(!made.contains("differs"), "\(made)")
        #expect(guide.currentCommand == "kamaki subnet create --network-id=n-1 --cidr=192.168.99.0/24 --name='My Private Subnet'")
        #expect(guide.matches("subnet create  --network-id=n-1 --cidr=192.168.99.0/24 --name='My Private Subnet'"))
        #expect(!guide.matches("kamaki subnet create --network-id={net} --cidr=192.168.99.0/24 --name='My Private Subnet'"))

        // Skipped to a step whose value was never printed: nothing to pre-fill, and the step says why.
        var skipped = TutorialGuide(tutorial: tutorial, index: 7, bindings: found)
        #expect(skipped.currentCommand == nil)
        let shown = skipped.introduction()
        #expect(shown.contains("This step needs {ip1}"), "\(shown)")
        #expect(shown.contains("kamaki ip attach {ip1} --server-id=s-1 --wait"), "\(shown)")
        _ = skipped.back()
        let reserved = skipped.completed(
            status: 0, output: "floating_network_id: pub\nfloating_ip_address: 203.0.113.9\nport_id: None\nid: f-1\n", errors: "")
        #expect(reserved.contains("Floating IP f-1 is 203.0.113.9"), "\(reserved)")
        #expect(skipped.currentCommand == "kamaki ip attach f-1 --server-id=s-1 --wait")
    }

    /// Every `{name}` of the OpenStack steps is found before step 1 or printed by an earlier step, and
    /// the steps are the Synnefo tutorial's, in its order, with OpenStack's additions.
    @Test func theOpenStackStepsNeedOnlyWhatIsFoundOrPrintedBefore() throws {
        let tutorial = try Tutorial.load("network", dialect: .openstack)
        #expect(tutorial.cloud == "openstack")
        var known: Set<String> = [
            "server1", "server1Name", "server2", "server2Name", "public", "publicName", "routedNet", "routedNetName", "router",
            "routerName",
        ]
        for (number, step) in tutorial.steps.enumerated() {
            let before = (step.explain ?? []) + [step.command]
            let after = [step.result] + (step.expect?.stdout ?? []) + (step.expect?.stderr ?? [])
            for name in before.flatMap(TutorialBindings.names) {
                #expect(known.contains(name), "step \(number + 1) needs {\(name)} before anything printed it")
            }
            known.formUnion(step.capture.map { Array($0.keys) } ?? [])
            for name in after.flatMap(TutorialBindings.names) {
                #expect(known.contains(name), "step \(number + 1) shows {\(name)}, never found nor printed")
            }
        }
        // A command's verb: its words up to the first option or id.
        func verb(_ step: Tutorial.Step) -> String {
            step.command.split(separator: " ").prefix { !$0.hasPrefix("-") && !$0.contains("{") && !$0.contains(where: \.isNumber) }
                .joined(separator: " ")
        }
        let verbs = tutorial.steps.filter { !$0.isNote }.map(verb)
        let synnefo = try Tutorial.load("network").steps.filter { !$0.isNote }.map(verb)
        // The Synnefo verbs in order, once each at least (OpenStack adds the subnet and an attach).
        var position = 0
        for verb in synnefo where verb != "kamaki ip create" && verb != "kamaki ip delete" {
            let found = try #require(verbs[position...].firstIndex(of: verb), "missing or out of order: \(verb)")
            position = found
        }
        #expect(verbs.contains("kamaki subnet create"))
        #expect(throws: TutorialError.self) { try Tutorial.load("servers", dialect: .openstack) }
        #expect(throws: TutorialError.self) { try Tutorial.load("nope", dialect: .openstack) }
    }

    @Test func progressKeepsTheValuesAndReadsTheOlderFile() async throws {
        try await withTemporaryDirectory { directory in
            let path = directory + "/tutorials.json"
            try #"{"network": 5, "servers": 2}"#.write(toFile: path, atomically: true, encoding: .utf8)
            let progress = TutorialProgress(path: path)
            #expect(progress.step(of: "network") == 5)
            #expect(progress.entry(of: "servers") == TutorialProgress.Entry(step: 2))
            progress.save("network@devstack", step: 9, bindings: TutorialBindings(["net": "n-1"]))
            #expect(progress.entry(of: "network@devstack") == TutorialProgress.Entry(step: 9, bindings: TutorialBindings(["net": "n-1"])))
            #expect(progress.step(of: "network") == 5, "the embedded cloud's progress is kept apart")
            #expect(progress.step(of: "never") == 0)
            // The step count of the steps walked, for `tutorial`'s list (the OpenStack steps are fewer).
            progress.save("network@devstack", step: 27, steps: 27)
            #expect(progress.entry(of: "network@devstack").steps == 27)
            #expect(progress.entry(of: "network").steps == nil)
        }
    }
}
