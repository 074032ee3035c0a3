using NewsArchive.Extraction;

namespace NewsArchive.Web.Markup;

/// <summary>The site's readable URLs, in one place so pages, feeds and the API agree on them.</summary>
public static class Links
{
    public static string Segment(EntityKind kind) => kind switch
    {
        EntityKind.Person => "people",
        EntityKind.Organisation => "organisations",
        _ => "places",
    };

    public static EntityKind? KindOf(string? segment) => segment switch
    {
        "people" => EntityKind.Person,
        "organisations" => EntityKind.Organisation,
        "places" => EntityKind.Place,
        _ => null,
    };

    /// <summary>The query-string name of a kind's search facet.</summary>
    public static string Facet(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organisation => "organisation",
        _ => "place",
    };

    public static string Entity(EntityKind kind, string slug) => $"/{Segment(kind)}/{Uri.EscapeDataString(slug)}";

    public static string Article(int id, string slug) => $"/articles/{id}/{Uri.EscapeDataString(slug)}";

    public static string Topic(string slug) => $"/topics/{Uri.EscapeDataString(slug)}";
}
