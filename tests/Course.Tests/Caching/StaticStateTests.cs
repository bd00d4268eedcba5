using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace Course.Tests.Caching;

/// <summary>
/// Issue #18.3: nothing in the generator outlives a build by accident. Caches belong to the build (its
/// services) or to the preview (<see cref="Course.Web.Caching.PreviewCache"/>), never to a static field.
/// </summary>
public sealed class StaticStateTests
{
    // A cache is filled while the build runs, from several threads: a concurrent collection. (Read-only
    // tables in static readonly dictionaries and lists are filled once, by the type's initialiser.)
    private static readonly Type[] CacheShapes = [typeof(ConcurrentDictionary<,>), typeof(ConcurrentBag<>), typeof(ConcurrentQueue<>), typeof(ConcurrentStack<>)];

    [Fact]
    public void NoStaticFieldHoldsACacheAndNoneIsPerThread()
    {
        var found = new List<string>();
        foreach (Type type in new[] { typeof(Course.Core.Execution.Engine), typeof(Course.Web.Site.CourseSite), typeof(Course.Cli.Commands.BuildCommand) }.SelectMany(t => t.Assembly.GetTypes()))
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral || IsGenerated(type) || field.IsDefined(typeof(CompilerGeneratedAttribute)) && !field.Name.Contains("BackingField", StringComparison.Ordinal))
                {
                    continue;
                }

                string name = $"{type.FullName}.{field.Name}";
                if (field.IsDefined(typeof(ThreadStaticAttribute)))
                {
                    found.Add($"{name}: [ThreadStatic]");
                }
                else if (!field.IsInitOnly)
                {
                    found.Add($"{name}: static and not readonly");
                }
                else if (field.FieldType.IsGenericType && CacheShapes.Contains(field.FieldType.GetGenericTypeDefinition()))
                {
                    found.Add($"{name}: a static {field.FieldType.Name}");
                }
            }
        }

        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    // Regex source generators, lambdas' closures and the like: the compiler's, not state the code keeps.
    private static bool IsGenerated(Type type) =>
        type.IsDefined(typeof(CompilerGeneratedAttribute)) || type.FullName!.Contains('<', StringComparison.Ordinal) || type.Namespace?.StartsWith("System.", StringComparison.Ordinal) == true;
}
