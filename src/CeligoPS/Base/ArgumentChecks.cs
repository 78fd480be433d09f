using System;
using System.Collections;
using System.Management.Automation;

namespace CeligoPS.Base
{
    /// <summary>
    /// A name, key, id or path that is only white space, or has white space around it, names nothing
    /// the API holds: refused when the parameter is bound, before any request. (An empty value, where a
    /// parameter allows one, is left to the parameter's own attributes.)
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidateTrimmedAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            var value = arguments is PSObject ps ? ps.BaseObject : arguments;
            if (value is string text)
            {
                Check(text);
                return;
            }
            if (value is IEnumerable items)
            {
                foreach (var item in items)
                {
                    if ((item is PSObject p ? p.BaseObject : item) is string each)
                    {
                        Check(each);
                    }
                }
            }
        }

        private static void Check(string text)
        {
            if (text.Length == 0)
            {
                return;
            }
            if (text.Trim().Length == 0)
            {
                throw new ValidationMetadataException("The value is only white space. Give the value itself.");
            }
            if (text.Trim().Length != text.Length)
            {
                throw new ValidationMetadataException($"'{text}' has white space around it. Give the value without it ('{text.Trim()}').");
            }
        }
    }

    /// <summary>A wait that must be longer than zero (a TimeSpan or seconds): -1 or 0 would end it before it began.</summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class ValidatePositiveTimeSpanAttribute : ValidateArgumentsAttribute
    {
        protected override void Validate(object arguments, EngineIntrinsics engineIntrinsics)
        {
            if ((arguments is PSObject ps ? ps.BaseObject : arguments) is TimeSpan span && span <= TimeSpan.Zero)
            {
                throw new ValidationMetadataException($"The wait must be longer than zero; it was {span}. Give a TimeSpan or a number of seconds, such as 600.");
            }
        }
    }
}
