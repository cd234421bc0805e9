import ArgumentParser
import KamakiAPI
import KamakiClient

/// `kamaki user …`
struct UserGroup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Astakos/Identity API commands",
        subcommands: [
            UserInfo.self, UserAuthenticate.self, UserUUID2Name.self, UserName2UUID.self, UserList.self, UserAdd.self, UserSelect.self,
            UserDelete.self,
        ])
    @OptionGroup(visibility: .hidden) var global: GlobalOptions
}
