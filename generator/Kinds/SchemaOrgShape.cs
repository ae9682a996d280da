namespace Angebotsverzeichnis.Kinds;

/// <summary>How a detail page describes its offer to search engines (JSON-LD, schema.org).</summary>
public enum SchemaOrgShape
{
    /// <summary>A schema.org Service with its provider, languages and area served.</summary>
    Service,
    /// <summary>A schema.org Course with a CourseInstance for its dates and place.</summary>
    Course,
    /// <summary>A schema.org Organization: the record is the organisation itself.</summary>
    Organization,
}
