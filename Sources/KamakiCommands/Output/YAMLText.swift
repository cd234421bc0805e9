import KamakiAPI
import Yams

/// `--output-format yaml`: a JSON value as YAML (Yams, on libyaml), keys in the cloud's order.
///
/// Strings are scalars of the `str` tag: one that would read back as another type (`true`, `1`,
/// `null`) is single-quoted. Text from the cloud never reaches the terminal with a control character:
/// when any string holds one (``TerminalText``), the whole document is written with non-ASCII
/// characters escaped (libyaml's double-quoted `\e`, `\x85`, `\u202E`), as libyaml counts some of
/// them (NEL, the bidi controls) printable otherwise.
enum YAMLText {
    static func render(_ value: JSON) throws -> String {
        let unicode = !holdsControl(value)
        return try Yams.serialize(node: node(value), width: -1, allowUnicode: unicode)
    }

    static func node(_ value: JSON) -> Node {
        switch value {
        case .null: return .scalar(Node.Scalar("null"))
        case .bool(let b): return .scalar(Node.Scalar(b ? "true" : "false"))
        case .int(let i): return .scalar(Node.Scalar(String(i)))
        case .double(let d): return .scalar(Node.Scalar(d.isFinite ? String(d) : "null"))
        case .string(let s): return string(s)
        case .array(let items): return .sequence(Node.Sequence(items.map(node)))
        case .object(let object): return .mapping(Node.Mapping(object.map { (string($0.key), node($0.value)) }))
        }
    }

    static func string(_ text: String) -> Node {
        let scalar: Node.Scalar = text.represented()
        return .scalar(scalar)
    }

    static func holdsControl(_ value: JSON) -> Bool {
        switch value {
        case .string(let s): TerminalText.containsControl(s)
        case .array(let items): items.contains(where: holdsControl)
        case .object(let object): object.contains { TerminalText.containsControl($0.key) || holdsControl($0.value) }
        default: false
        }
    }
}
