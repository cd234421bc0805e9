import ArgumentParser

/// `kamaki user name2uuid NAME [NAME…]`
struct UserName2UUID: UserCatalogLookup {
    static let configuration = CommandConfiguration(commandName: "name2uuid", abstract: "Get user uuid(s) from name(s)")
    static let asksNames = true
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: ArgumentHelp("The user names (e-mail addresses).", valueName: "name")) var asked: [String] = []
}
