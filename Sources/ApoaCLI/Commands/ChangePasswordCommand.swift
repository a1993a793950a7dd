import JSON
import Portal
import World

/// `apoa change-password`: a person choosing a new password with their current (or temporary) one.
enum ChangePasswordCommand {
    static let spec = CommandSpec(
        ["change-password"],
        summary: "Choose a new password, as a person would (current, then new, from standard input).",
        discussion: """
            The change-password page: the first line of standard input is the current password (or the
            temporary one the desk gave), the second the new one. A wrong current password counts as a
            failed login, so the page cannot be used to guess. After a temporary password, login is
            refused until this is done.
            """,
        arguments: [.required("USER", "username or e-mail")],
        options: [
            .flag("password-stdin", required: true, "read the current and the new password from the first two lines of standard input"),
            .passwordArgument,
            .value("ip", "IP", "address it comes from (default: \(LoginCommand.defaultIP))"),
            .value("device", "D", "device it comes from, up to \(DeviceLabel.capacity) characters (default: \(LoginCommand.defaultDevice))"),
            .value("lang", "id|en", "the page's language (default: en)"),
        ],
        examples: ["printf '%s\\n' 'abcd-efgh-ijkl' 'Kopi-Tubruk-77' | apoa change-password budi.santoso --password-stdin"],
        run: { invocation in
            let user = try invocation.required("USER")
            let ip = try invocation.ipAddress("ip") ?? IPAddress(LoginCommand.defaultIP)
            let device = try invocation.device() ?? LoginCommand.defaultDevice
            let language = try invocation.choice("lang", default: Language.english)
            let current = try invocation.secretFromStandardInput()
            guard let line = invocation.console.readLine(), !line.isEmpty else {
                throw invocation.usage("--password-stdin: expected the new password on the second line of standard input, found nothing")
            }
            let new = line.hasSuffix("\r") ? String(line.dropLast()) : line
            let world = try invocation.openWorld()
            let result = try world.changePassword(user, current: current, new: new, ip: ip, device: device, random: &invocation.random)
            let message: UserMessage = switch result.outcome {
            case .changed:
                UserMessage(id: "Kata sandi berhasil diubah. Silakan masuk dengan kata sandi baru.",
                            en: "Your password was changed. Please log in with the new password.")
            case .refused(.passwordRefused):
                UserMessage(id: "Kata sandi baru tidak memenuhi ketentuan. " + (result.passwordProblem?.message.indonesian ?? ""),
                            en: "The new password does not meet the rules. " + (result.passwordProblem?.message.english ?? ""))
            case .refused(let reason):
                LoginOutcome.refused(reason).message()
            }
            let text = message.text(in: language)
            if invocation.wantsJSON {
                invocation.print(JSONValue.object([
                    ("result", .string(result.outcome == .changed ? "changed" : "refused")), ("message", .string(text)),
                ]).rendered())
            } else {
                invocation.print(text)
            }
            if result.outcome != .changed { throw CLIError.exit(ExitStatus.failure) }
        })
}
