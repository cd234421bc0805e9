/// Synnefo's `random_password`: 10 letters and digits with at least one lower case letter, one upper case
/// letter and one digit.
enum AdminPassword {
    private static let lower = Array("abcdefghijklmnopqrstuvwxyz")
    private static let upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    private static let digits = Array("0123456789")

    static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let pool = lower + upper + digits
        var password = (0..<8).map { _ in pool.randomElement(using: &generator) ?? "a" }
        for group in [lower, upper, digits] where !password.contains(where: group.contains) {
            password.append(group.randomElement(using: &generator) ?? "a")
        }
        while password.count < 10 { password.append(pool.randomElement(using: &generator) ?? "a") }
        return String(password)
    }
}
