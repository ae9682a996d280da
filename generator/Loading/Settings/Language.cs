namespace Angebotsverzeichnis.Loading.Settings;

/// <summary>A language the site is published in. <see cref="Name"/> is written in the language's own script.</summary>
public sealed record Language(string Code, string Name, bool IsRightToLeft)
{
    public string Direction => IsRightToLeft ? "rtl" : "ltr";
}
