namespace Angebotsverzeichnis.Commands;

public enum ExitCodes
{
    Success = 0,
    ContentErrors = 1,
    WrongUsage = 2,
}
