import ArgumentParser

/// kamaki 0.16's `-n`/`--number`: show at most this many items (0: all of them, as in kamaki 0.16 and as
/// Neutron reads `limit=0`). On the network lists (ports, networks,
/// subnets, floating IPs) with no client-side filter, only that many are read from the cloud (Neutron's
/// `limit`), so the first twenty of ten thousand ports cost twenty; with a filter, the whole list is read
/// and the first matches shown.
struct ListNumber: ParsableArguments, Sendable {
    @Option(name: [.customShort("n", allowingJoined: true), .customLong("number")], help: "Show at most this many.") var number: Int?

    func validate() throws {
        if let number, number < 0 { throw ValidationError("--number must be 0 or more, not \(number)") }
    }

    /// The first `number` of `items`, or all of them.
    func apply<T>(_ items: [T]) -> [T] {
        guard let number, number > 0 else { return items }
        return Array(items.prefix(number))
    }

    /// The items a list shows: with a number and no filter, only the first `number` read from the cloud
    /// (`first`), their ids added to the cache (`cache`, `partial`: true); else the whole list (`all`),
    /// which replaces the cached ids, filtered (`keep`), then the first `number`.
    func read<R>(
        filtered: Bool, first: (Int) async throws -> [R], all: () async throws -> [R], cache: ([R], _ partial: Bool) -> Void,
        keep: ([R]) -> [R]
    ) async throws -> [R] {
        if let number, number > 0, !filtered {
            let items = try await first(number)
            cache(items, true)
            return items
        }
        let items = try await all()
        cache(items, false)
        return apply(keep(items))
    }
}
