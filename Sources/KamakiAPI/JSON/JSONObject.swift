import OrderedCollections

/// A JSON object whose keys keep their insertion order.
public struct JSONObject: Sendable, Hashable, Sequence {
    private var storage: OrderedDictionary<String, JSON> = [:]

    /// An empty object.
    public init() {}

    /// An object with these members, in this order; a repeated key keeps its first place and last value.
    public init(_ pairs: [(String, JSON)]) {
        storage.reserveCapacity(pairs.count)
        for (key, value) in pairs { storage[key] = value }
    }

    /// An object of these members, in this order: the keys must be unique (the parser's, which has checked).
    init(uncheckedUniqueKeys keys: [String], values: [JSON]) {
        storage = OrderedDictionary(uncheckedUniqueKeys: keys, values: values)
    }

    /// The keys, in order.
    public var keys: [String] { storage.keys.elements }

    /// The values, in the order of the keys.
    public var values: [JSON] { storage.values.elements }

    /// The number of members.
    public var count: Int { storage.count }

    /// Whether the object has no members.
    public var isEmpty: Bool { storage.isEmpty }

    /// The value for `key`; setting `nil` removes the member.
    public subscript(key: String) -> JSON? {
        get {
            // A small object's keys are compared one by one (as OrderedDictionary does below 16), but a key
            // of another length is passed over without comparing its text: a list's rendering and its
            // completion entries look up a few keys in each of thousands of objects.
            guard storage.count <= Self.keysComparedOneByOne else { return storage[key] }
            let length = key.utf8.count
            let keys = storage.keys
            for position in keys.indices where keys[position].utf8.count == length && keys[position] == key {
                return storage.values[position]
            }
            return nil
        }
        set { storage[key] = newValue }
    }

    static let keysComparedOneByOne = 16

    /// The members in order.
    public func makeIterator() -> Iterator {
        Iterator(base: storage.makeIterator())
    }

    /// The members in order (its own type, so that users need not import OrderedCollections).
    public struct Iterator: IteratorProtocol {
        var base: OrderedDictionary<String, JSON>.Iterator

        public mutating func next() -> (key: String, value: JSON)? {
            base.next()
        }
    }

    /// Whether the two objects have the same members (order is ignored).
    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.count == rhs.count && lhs.storage.allSatisfy { rhs.storage[$0.key] == $0.value }
    }

    /// Hashes the members regardless of their order, as `==` compares them.
    public func hash(into hasher: inout Hasher) {
        var members = 0
        for (key, value) in storage {
            var member = Hasher()
            member.combine(key)
            member.combine(value)
            members ^= member.finalize()
        }
        hasher.combine(count)
        hasher.combine(members)
    }
}
