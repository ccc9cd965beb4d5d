import Logging

extension Logger {
    /// The logger every command and the server share, at the level `LOG_LEVEL` asks for.
    static func tutorgraph(level: Logger.Level) -> Logger {
        var logger = Logger(label: "tutorgraph")
        logger.logLevel = level
        return logger
    }
}
