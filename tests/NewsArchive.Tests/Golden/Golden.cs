using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsArchive.Tests;

/// <summary>
/// Golden JSON files in tests/NewsArchive.Tests/Golden: a mismatch writes <c>NAME.received.json</c> beside the golden
/// file and fails; <c>NEWSARCHIVE_ACCEPT_GOLDEN=1</c> accepts the received output as the new golden file.
/// </summary>
internal static class Golden
{
    private static readonly JsonSerializerOptions Pretty = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void AssertMatches(string name, string json)
    {
        var received = JsonNode.Parse(json)!.ToJsonString(Pretty) + "\n";
        var folder = RepoRoot.File("tests", "NewsArchive.Tests", "Golden");
        var golden = Path.Combine(folder, name + ".json");
        var receivedPath = Path.Combine(folder, name + ".received.json");
        if (Environment.GetEnvironmentVariable("NEWSARCHIVE_ACCEPT_GOLDEN") == "1")
        {
            File.WriteAllText(golden, received);
        }

        var expected = File.Exists(golden) ? File.ReadAllText(golden) : "";
        if (expected == received)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail($"{name}: output differs from {golden}; see {receivedPath} (NEWSARCHIVE_ACCEPT_GOLDEN=1 accepts it).");
    }
}
