package com.computetco.ui.document;

import com.google.gson.JsonElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A field path of the file's form ({@code options[1].quote.unitPrice.amount}) applied to the immutable domain
 * records: {@link #set} returns a copy of the root with one value replaced, rebuilding each record on the way
 * through its canonical constructor. The path names a record component by its file name, or by that name plus
 * {@code Value} (the nullable v2 fields: {@code validUntil} is {@code validUntilValue}).
 *
 * <p>It handles the common edit (one value typed into a field that exists) and refuses, with
 * {@link Unsupported}, whatever needs the file's knowledge: a value removed (the file's default applies), an
 * object that does not exist yet, a map key, a constructor that rejects the combination. The editor then goes the
 * long way through the file format, which knows all of that.
 */
public final class RecordPath {
    private final List<Object> steps;
    private final String text;

    /** The edit cannot be made on the records directly; the caller goes through the file format instead. */
    public static final class Unsupported extends Exception {
        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    private RecordPath(String text, List<Object> steps) {
        this.text = text;
        this.steps = steps;
    }

    public static RecordPath of(String text) {
        return new RecordPath(text, PathSteps.of(text));
    }

    @Override
    public String toString() {
        return text;
    }

    /** A copy of {@code root} with the value at this path replaced by {@code value} (a JSON scalar). */
    @SuppressWarnings("unchecked")
    public <T> T set(T root, JsonElement value) throws Unsupported {
        if (value == null || value.isJsonNull() || !value.isJsonPrimitive()) {
            throw new Unsupported("only a scalar value is set directly");
        }
        return (T) set(root, 0, value);
    }

    private Object set(Object node, int depth, JsonElement value) throws Unsupported {
        Object step = steps.get(depth);
        boolean last = depth == steps.size() - 1;
        if (step instanceof Integer index) {
            if (!(node instanceof List<?> list) || index < 0 || index >= list.size() || last) {
                throw new Unsupported("no element at " + text);
            }
            List<Object> copy = new ArrayList<>(list);
            copy.set(index, set(list.get(index), depth + 1, value));
            return List.copyOf(copy);
        }
        if (node == null || !node.getClass().isRecord()) {
            throw new Unsupported("no object at " + text);
        }
        RecordComponent[] components = node.getClass().getRecordComponents();
        int at = componentIndex(components, (String) step);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = read(components[i], node);
        }
        values[at] = last ? convert(value, components[at].getType())
                : set(values[at], depth + 1, value);
        return construct(node.getClass(), components, values);
    }

    private int componentIndex(RecordComponent[] components, String name) throws Unsupported {
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name)) {
                return i;
            }
        }
        for (int i = 0; i < components.length; i++) {
            if (components[i].getName().equals(name + "Value")) {
                return i;
            }
        }
        throw new Unsupported("no field " + name + " in " + text);
    }

    private static Object read(RecordComponent component, Object record) throws Unsupported {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new Unsupported("cannot read " + component.getName());
        }
    }

    private static Object construct(Class<?> type, RecordComponent[] components, Object[] values)
            throws Unsupported {
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            // The record refuses the combination (a rental with two prices): the file's rules will say why.
            throw new Unsupported(String.valueOf(e.getCause()));
        } catch (ReflectiveOperationException e) {
            throw new Unsupported("cannot rebuild " + type.getSimpleName());
        }
    }

    private Object convert(JsonElement value, Class<?> type) throws Unsupported {
        try {
            if (type == BigDecimal.class) {
                return value.getAsBigDecimal();
            }
            if (type == int.class || type == Integer.class) {
                return value.getAsBigDecimal().intValueExact();
            }
            if (type == boolean.class || type == Boolean.class) {
                if (!value.getAsJsonPrimitive().isBoolean()) {
                    throw new Unsupported("not true or false");
                }
                return value.getAsBoolean();
            }
            if (type == String.class) {
                return value.getAsString();
            }
            if (type == LocalDate.class) {
                return LocalDate.parse(value.getAsString());
            }
            if (type.isEnum()) {
                return byJsonName(type, value.getAsString());
            }
        } catch (NumberFormatException | ArithmeticException | UnsupportedOperationException
                | java.time.format.DateTimeParseException e) {
            throw new Unsupported("not a value of " + type.getSimpleName());
        }
        throw new Unsupported("no direct edit of a " + type.getSimpleName());
    }

    private static Object byJsonName(Class<?> type, String name) throws Unsupported {
        try {
            Method jsonName = type.getMethod("jsonName");
            for (Object constant : type.getEnumConstants()) {
                if (name.equals(jsonName.invoke(constant))) {
                    return constant;
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new Unsupported("no file names for " + type.getSimpleName());
        }
        throw new Unsupported("not one of the choices of " + type.getSimpleName());
    }
}
