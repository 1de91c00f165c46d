using Reporting.Cli;

return ReportingCommand.Run(args);
