import ApoaCLI
import Foundation

exit(Apoa.run(arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment))
