using System.Text.Json.Serialization;

namespace Course.Cli.Check;

/// <summary>Source-generated JSON for the check report (the native binary has no reflection-based serializer).</summary>
[JsonSerializable(typeof(CheckReport))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
