namespace Angebotsverzeichnis.Diagnostics;

public enum MessageLanguage
{
    German,
    English,
}
