namespace Course.Web.Layouts;

/// <summary>
/// A template and the values of the variables it reads: text and numbers by value, anything else (shared,
/// read-only model parts) by reference, so that an equal key means an equal rendering.
/// </summary>
internal sealed class SharedRenderKey(string template, object?[] values) : IEquatable<SharedRenderKey>
{
    private readonly string template = template;
    private readonly object?[] values = values;

    public bool Equals(SharedRenderKey? other)
    {
        if (other is null || other.template != template || other.values.Length != values.Length)
        {
            return false;
        }

        for (int i = 0; i < values.Length; i++)
        {
            bool same = values[i] is string or bool or int or long or double
                ? Equals(values[i], other.values[i])
                : ReferenceEquals(values[i], other.values[i]);
            if (!same)
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as SharedRenderKey);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(template);
        foreach (object? value in values)
        {
            hash.Add(value is string or bool or int or long or double ? value.GetHashCode() : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value));
        }

        return hash.ToHashCode();
    }
}
