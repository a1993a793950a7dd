/// Every command and group of `apoa`, in the order help lists them.
enum CommandTable {
    static let groups: [CommandGroup] = [
        CommandGroup(path: ["clock"], summary: "Show or move the world clock."),
        CommandGroup(path: ["account"], summary: "Register, show, list and update GO ID accounts."),
        CommandGroup(path: ["application"], summary: "Visa, stay-permit and passport applications: list, show, and work them by hand."),
        CommandGroup(path: ["scenario"], summary: "Check scenario files."),
    ]

    static let commands: [CommandSpec] = [
        SimulateCommand.spec,
        ScenarioCommands.validate,
        InitCommand.spec,
        ClockCommands.show,
        ClockCommands.advance,
        AccountAddCommand.spec,
        AccountShowCommand.spec,
        AccountListCommand.spec,
        AccountUpdateCommand.spec,
        LoginCommand.spec,
        LogoutCommand.spec,
        ResetCommands.request,
        ResetCommands.complete,
        OutboxCommand.spec,
        EventsCommand.spec,
        ApplicationShowCommands.list,
        ApplicationShowCommands.show,
        ApplicationDeskCommands.new,
        ApplicationDeskCommands.upload,
        ApplicationDeskCommands.submit,
        ApplicationDeskCommands.move,
        ApplicationDeskCommands.book,
        ApplicationDeskCommands.attend,
        NotificationsCommand.spec,
        LockoutsCommand.spec,
        UnlockCommand.spec,
    ]
}
