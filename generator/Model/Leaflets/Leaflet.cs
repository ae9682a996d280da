using Angebotsverzeichnis.Loading.Records;
using Angebotsverzeichnis.Loading.Settings;
using Angebotsverzeichnis.Kinds;

namespace Angebotsverzeichnis.Model.Leaflets;

/// <summary>
/// A leaflet for course participants of one town (or, with <see cref="Town"/> null, of the whole district):
/// per kind the offers that fit on two A4 pages, and how many more the website has.
/// </summary>
public sealed record Leaflet(string Slug, Town? Town, IReadOnlyList<LeafletSection> Sections);

public sealed record LeafletSection(OfferKind Kind, IReadOnlyList<Offer> Offers, int MoreOnline);
