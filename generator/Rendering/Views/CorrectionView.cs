namespace Angebotsverzeichnis.Rendering.Views;

/// <summary>The links that report a mistake in an offer: a prepared e-mail, a prepared GitHub issue; either may be absent.</summary>
public sealed record CorrectionView(string? MailUrl, string? IssueUrl);
