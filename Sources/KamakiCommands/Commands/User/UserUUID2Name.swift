import ArgumentParser

/// `kamaki user uuid2name UUID [UUID…]`
struct UserUUID2Name: UserCatalogLookup {
    static let configuration = CommandConfiguration(commandName: "uuid2name", abstract: "Get user name(s) from uuid(s)")
    static let asksNames = false
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
    @OptionGroup var format: FormatOptions
    @Argument(help: ArgumentHelp("The user uuids.", valueName: "uuid")) var asked: [String] = []
}
