using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Linq.Expressions;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// How PowerShell sees the API's objects (registered for every model type when the module loads).
    /// Properties come in the order a person reads them, which is also the order of Format-List *,
    /// Select-Object *, Export-Csv and ConvertTo-Json: Id and Name, the model's own properties, the
    /// common timestamps, then every field the model has no property for, under its API name, so
    /// nothing the API sent is lost. The object's first type name (CeligoPS.Job, CeligoPS.Flow, ...) is
    /// the one the format views key on.
    /// </summary>
    /// <remarks>
    /// Adapting, rather than adding a note property per field to each object, also keeps the work off
    /// the listing's path: a field is converted to a PowerShell value only when something reads it.
    /// PowerShell picks the adapter when an object is first looked at in a runspace that loaded the
    /// module, so objects are written to the pipeline as they are, not wrapped on a worker thread.
    /// </remarks>
    public sealed class ModelAdapter : PSPropertyAdapter
    {
        /// <summary>The concrete model types the module registers this adapter for.</summary>
        public static IReadOnlyList<Type> AdaptedTypes { get; } = typeof(CeligoObject).Assembly.GetTypes()
            .Where(t => typeof(CeligoObject).IsAssignableFrom(t) && !t.IsAbstract && t.IsPublic).ToList();

        private static readonly ConcurrentDictionary<Type, Shape> Shapes = new ConcurrentDictionary<Type, Shape>();

        // Fields read as PowerShell values, kept per object so that a nested object read twice is the
        // same object (a change made to it stays) and converted once.
        private static readonly ConditionalWeakTable<CeligoObject, Dictionary<string, object?>> Converted =
            new ConditionalWeakTable<CeligoObject, Dictionary<string, object?>>();

        public override Collection<string> GetTypeNameHierarchy(object baseObject)
        {
            var names = new Collection<string> { TypeNames.Of(baseObject.GetType()) };
            for (var type = baseObject.GetType(); type != null; type = type.BaseType)
            {
                names.Add(type.FullName!);
            }
            return names;
        }

        public override Collection<PSAdaptedProperty> GetProperties(object baseObject)
        {
            var model = (CeligoObject)baseObject;
            var shape = ShapeOf(model);
            var properties = new Collection<PSAdaptedProperty>();
            foreach (var typed in shape.Ordered)
            {
                properties.Add(new PSAdaptedProperty(typed.Name, typed));
            }
            foreach (var field in model.GetAdditionalFields())
            {
                properties.Add(new PSAdaptedProperty(ShownName(shape, field.Key), new Field(field.Key)));
            }
            return properties;
        }

        public override PSAdaptedProperty? GetProperty(object baseObject, string propertyName)
        {
            var model = (CeligoObject)baseObject;
            var shape = ShapeOf(model);
            if (shape.ByName.TryGetValue(propertyName, out var typed))
            {
                return new PSAdaptedProperty(typed.Name, typed);
            }
            // Not a typed name, so a field of that name does not collide with one.
            var key = FieldKey(model, propertyName);
            if (key != null)
            {
                return new PSAdaptedProperty(key, new Field(key));
            }
            if (propertyName.StartsWith(CollisionPrefix, StringComparison.OrdinalIgnoreCase))
            {
                var shadowed = FieldKey(model, propertyName.Substring(CollisionPrefix.Length));
                if (shadowed != null && shape.ByName.ContainsKey(shadowed))
                {
                    return new PSAdaptedProperty(CollisionPrefix + shadowed, new Field(shadowed));
                }
            }
            return null;
        }

        public override bool IsGettable(PSAdaptedProperty adaptedProperty) => true;

        public override bool IsSettable(PSAdaptedProperty adaptedProperty) =>
            adaptedProperty.Tag is Field || (adaptedProperty.Tag is Typed typed && typed.Setter != null);

        public override object? GetPropertyValue(PSAdaptedProperty adaptedProperty)
        {
            var model = (CeligoObject)adaptedProperty.BaseObject;
            switch (adaptedProperty.Tag)
            {
                case Typed typed when typed.IsJson:
                    return ConvertedValue(model, "\0" + typed.Name, () => PSObjectFactory.ToPowerShell((JsonElement)typed.Getter(model)!));
                case Typed typed:
                    return typed.Getter(model);
                case Field field:
                    return ConvertedValue(model, field.Key, () =>
                        model.GetAdditionalFields().TryGetValue(field.Key, out var value) ? PSObjectFactory.ToPowerShell(value) : null);
                default:
                    return null;
            }
        }

        public override void SetPropertyValue(PSAdaptedProperty adaptedProperty, object value)
        {
            var model = (CeligoObject)adaptedProperty.BaseObject;
            switch (adaptedProperty.Tag)
            {
                case Typed typed when typed.Setter != null:
                    typed.Setter(model, LanguagePrimitives.ConvertTo(value, typed.Type, System.Globalization.CultureInfo.InvariantCulture));
                    return;
                case Field field:
                    // The new value is what the object sends back to the API, too.
                    model.SetAdditionalField(field.Key, PSJson.ToElement(PSJson.ToUtf8(value)));
                    lock (Converted)
                    {
                        Converted.GetOrCreateValue(model)[field.Key] = value;
                    }
                    return;
                default:
                    throw new SetValueException($"The property '{adaptedProperty.Name}' cannot be set.");
            }
        }

        public override string GetPropertyTypeName(PSAdaptedProperty adaptedProperty) => adaptedProperty.Tag switch
        {
            Typed typed when !typed.IsJson => typed.Type.FullName!,
            _ => typeof(object).FullName!,
        };

        private static object? ConvertedValue(CeligoObject model, string key, Func<object?> convert)
        {
            lock (Converted)
            {
                var values = Converted.GetOrCreateValue(model);
                if (!values.TryGetValue(key, out var value))
                {
                    value = convert();
                    values[key] = value;
                }
                return value;
            }
        }

        /// <summary>
        /// A field whose name a typed property already has in PowerShell's case-blind naming (an `id`
        /// beside the typed Id, a `name` beside Name) shows as api_id, api_name: not hidden, not mistaken.
        /// </summary>
        private const string CollisionPrefix = "api_";

        private static string ShownName(Shape shape, string key) => shape.ByName.ContainsKey(key) ? CollisionPrefix + key : key;

        /// <summary>The API's spelling of a field PowerShell asked for in any case, or null.</summary>
        private static string? FieldKey(CeligoObject model, string name)
        {
            var fields = model.GetAdditionalFields();
            if (fields.ContainsKey(name))
            {
                return name;
            }
            return fields.Keys.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        }

        private static Shape ShapeOf(CeligoObject model) => Shapes.GetOrAdd(model.GetType(), type => new Shape(type));

        /// <summary>A field the model has no property for, by its API name.</summary>
        private sealed class Field
        {
            public Field(string key)
            {
                Key = key;
            }

            public string Key { get; }
        }

        /// <summary>A model property, with getter and setter compiled once per type.</summary>
        private sealed class Typed
        {
            public Typed(PropertyInfo property)
            {
                Name = property.Name;
                Type = property.PropertyType;
                IsJson = Type == typeof(JsonElement);
                var target = Expression.Parameter(typeof(object), "model");
                var owner = Expression.Convert(target, property.DeclaringType!);
                Getter = Expression.Lambda<Func<object, object?>>(
                    Expression.Convert(Expression.Property(owner, property), typeof(object)), target).Compile();
                if (property.SetMethod?.IsPublic == true && !IsJson)
                {
                    var value = Expression.Parameter(typeof(object), "value");
                    Setter = Expression.Lambda<Action<object, object?>>(
                        Expression.Assign(Expression.Property(owner, property), Expression.Convert(value, Type)), target, value).Compile();
                }
            }

            public string Name { get; }
            public Type Type { get; }
            public bool IsJson { get; }
            public Func<object, object?> Getter { get; }
            public Action<object, object?>? Setter { get; }
        }

        /// <summary>A model type's properties in reading order.</summary>
        private sealed class Shape
        {
            public Shape(Type type)
            {
                // Reflection lists a type's own properties before its base's; Id and Name lead instead.
                var all = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                    .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod?.IsPublic == true)
                    .ToList();
                int Rank(PropertyInfo p) => p.Name == "Id" ? 0 : p.Name == "Name" ? 1 : p.DeclaringType == typeof(CeligoResource) ? 3 : 2;
                Ordered = all.Select((p, i) => (p, i)).OrderBy(x => Rank(x.p)).ThenBy(x => x.i).Select(x => new Typed(x.p)).ToList();
                ByName = Ordered.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
            }

            public IReadOnlyList<Typed> Ordered { get; }
            public IReadOnlyDictionary<string, Typed> ByName { get; }
        }
    }
}
