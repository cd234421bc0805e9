/// The world a new (or reset) state file starts with.
public enum Seed: String, Sendable, CaseIterable {
    /// The networking tutorial's world: two users, servers 141 and 142, public network 1.
    case tutorial
    /// Only the users, their quotas and the public network (and, as in every seed, the guide's flavors and images).
    case empty
}
