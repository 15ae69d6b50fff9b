package fi.seloste.core.load;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts the bytecode check needs from one class file, read by a small strict parser of the class-file format
 * (JVMS chapter 4): which declarations carry which annotations, and whether the class is local or anonymous. A search
 * of the bytes for a descriptor also finds a type that is only mentioned ({@code List<Class<PersonalData>>}, a
 * parameter, a {@code PersonalData.class} literal), which made builds fail forever; this reads the annotation
 * attributes only.
 *
 * <p>Why not ASM: its {@code ClassReader} refuses every class file newer than its own release, so each new JDK would
 * break the check again until seloste updated it; the few structures read here are the same in every class-file
 * version since Java 1.0 (the constant pool tags up to Java 11's {@code CONSTANT_Dynamic}), method bodies are skipped
 * by their length, and core keeps no dependency for it. Class files are untrusted input: every length is checked
 * against the bytes, nesting is bounded, and anything that does not fit the format is a {@link Malformed}, never
 * another exception.
 *
 * @param name the class's binary name ({@code a.b.Outer$1Local})
 * @param fieldAnnotations descriptors of the annotations on its fields ({@code Lfi/seloste/PersonalData;})
 * @param classAnnotations descriptors of the annotations on the class itself
 * @param declarationAnnotations descriptors of the annotations on any declaration: the class, its fields, methods,
 *     method parameters and record components (where javac looks for the annotations a processor claims)
 * @param local whether the class is local or anonymous, or nested in one: javac never shows such a class to an
 *     annotation processor
 */
record ClassFileFacts(String name, Set<String> fieldAnnotations, Set<String> classAnnotations,
        Set<String> declarationAnnotations, boolean local) {

    /** The attributes read; only their names appear in messages, as every other name comes from the file. */
    private static final Set<String> KNOWN_ATTRIBUTES = Set.of("RuntimeVisibleAnnotations", "RuntimeInvisibleAnnotations",
            "RuntimeVisibleParameterAnnotations", "RuntimeInvisibleParameterAnnotations", "EnclosingMethod",
            "InnerClasses", "Record", "Code");

    /** How deep annotation values may nest (an annotation in an array in an annotation…). */
    private static final int MAX_VALUE_DEPTH = 32;

    /** A class file that does not follow the format. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    /**
     * @param bytes one class file
     * @return its facts
     * @throws Malformed when the bytes are not a well-formed class file
     */
    static ClassFileFacts read(byte[] bytes) throws Malformed {
        try {
            return new Parser(bytes).parse();
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new Malformed("it ends in the middle of a structure");
        }
    }

    private static final class Parser {
        private final byte[] bytes;
        private int pos;
        private int[] offsets; // of each constant pool entry's tag
        private final Map<Integer, String> utf8 = new HashMap<>();
        private final Set<String> fields = new TreeSet<>();
        private final Set<String> type = new TreeSet<>();
        private final Set<String> declarations = new TreeSet<>();
        private boolean enclosingMethod;
        private final Map<String, Integer> outerOf = new HashMap<>(); // InnerClasses: inner name -> outer class index

        Parser(byte[] bytes) {
            this.bytes = bytes;
        }

        ClassFileFacts parse() throws Malformed {
            if (u4() != 0xCAFEBABE) {
                throw new Malformed("it does not start with 0xCAFEBABE");
            }
            pos += 4; // minor and major version: any
            constantPool();
            pos += 2; // access flags
            String name = className(u2());
            pos += 2; // super class
            skip(2 * u2()); // interfaces
            members(fields);
            members(null);
            attributes(Target.CLASS);
            if (pos != bytes.length) {
                throw new Malformed("it has " + (bytes.length - pos) + " bytes after the class");
            }
            return new ClassFileFacts(name.replace('/', '.'), Set.copyOf(fields), Set.copyOf(type),
                    Set.copyOf(declarations), enclosingMethod || nestedInLocal(name));
        }

        private void constantPool() throws Malformed {
            int count = u2();
            offsets = new int[count];
            for (int i = 1; i < count; i++) {
                offsets[i] = pos;
                int tag = u1();
                switch (tag) {
                    case 1 -> skip(u2()); // Utf8
                    case 7, 8, 16, 19, 20 -> pos += 2; // Class, String, MethodType, Module, Package
                    case 15 -> pos += 3; // MethodHandle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> pos += 4; // Integer, Float, refs, NameAndType, Dynamic
                    case 5, 6 -> { // Long, Double take two entries
                        pos += 8;
                        i++;
                    }
                    default -> throw new Malformed("constant " + i + " has the unknown tag " + tag);
                }
                if (pos > bytes.length) {
                    throw new Malformed("its constant pool ends after the file");
                }
            }
        }

        /** Fields ({@code fieldAnnotations} given) or methods ({@code null}). */
        private void members(Set<String> fieldAnnotations) throws Malformed {
            int count = u2();
            for (int i = 0; i < count; i++) {
                pos += 6; // access flags, name, descriptor
                attributes(fieldAnnotations == null ? Target.METHOD : Target.FIELD);
            }
        }

        private enum Target { CLASS, FIELD, METHOD, RECORD_COMPONENT }

        private void attributes(Target target) throws Malformed {
            int count = u2();
            for (int i = 0; i < count; i++) {
                String name = utf8(u2());
                long length = u4() & 0xFFFFFFFFL;
                if (length > bytes.length - pos) {
                    throw new Malformed(shown(name) + " is longer than the file");
                }
                int end = pos + (int) length;
                switch (name) {
                    case "RuntimeVisibleAnnotations", "RuntimeInvisibleAnnotations" -> annotations(target);
                    case "RuntimeVisibleParameterAnnotations", "RuntimeInvisibleParameterAnnotations" -> {
                        if (target == Target.METHOD) {
                            int parameters = u1();
                            for (int p = 0; p < parameters; p++) {
                                annotations(Target.METHOD);
                            }
                        } else {
                            pos = end;
                        }
                    }
                    case "EnclosingMethod" -> {
                        enclosingMethod |= target == Target.CLASS;
                        pos = end;
                    }
                    case "InnerClasses" -> {
                        if (target == Target.CLASS) {
                            innerClasses();
                        } else {
                            pos = end;
                        }
                    }
                    case "Record" -> {
                        if (target == Target.CLASS) {
                            int components = u2();
                            for (int c = 0; c < components; c++) {
                                pos += 4; // name, descriptor
                                attributes(Target.RECORD_COMPONENT);
                            }
                        } else {
                            pos = end;
                        }
                    }
                    default -> pos = end; // Code and everything else: skipped by its length
                }
                if (pos != end) {
                    throw new Malformed(shown(name) + " does not match its length");
                }
            }
        }

        /** An attribute's name as a message may show it: a name read from an untrusted file is not printed. */
        private static String shown(String attribute) {
            return KNOWN_ATTRIBUTES.contains(attribute) ? "attribute " + attribute : "an attribute";
        }

        private void annotations(Target target) throws Malformed {
            int count = u2();
            for (int i = 0; i < count; i++) {
                String descriptor = utf8(u2());
                declarations.add(descriptor);
                if (target == Target.FIELD) {
                    fields.add(descriptor);
                } else if (target == Target.CLASS) {
                    type.add(descriptor);
                }
                pairs(0);
            }
        }

        private void pairs(int depth) throws Malformed {
            int count = u2();
            for (int i = 0; i < count; i++) {
                pos += 2; // element name
                value(depth);
            }
        }

        private void value(int depth) throws Malformed {
            if (depth > MAX_VALUE_DEPTH) {
                throw new Malformed("its annotation values nest deeper than " + MAX_VALUE_DEPTH);
            }
            int tag = u1();
            switch (tag) {
                case 'B', 'C', 'D', 'F', 'I', 'J', 'S', 'Z', 's', 'c' -> pos += 2;
                case 'e' -> pos += 4;
                case '@' -> {
                    pos += 2; // a nested annotation is a value, not a declaration's annotation
                    pairs(depth + 1);
                }
                case '[' -> {
                    int count = u2();
                    for (int i = 0; i < count; i++) {
                        value(depth + 1);
                    }
                }
                default -> throw new Malformed("an annotation value has the unknown tag " + tag);
            }
        }

        private void innerClasses() throws Malformed {
            int count = u2();
            for (int i = 0; i < count; i++) {
                int inner = u2();
                int outer = u2();
                pos += 4; // inner name, flags
                outerOf.putIfAbsent(className(inner), outer);
            }
        }

        /** Whether the class, or a class it is nested in, has no outer class in its InnerClasses entry. */
        private boolean nestedInLocal(String name) throws Malformed {
            String current = name;
            for (int steps = 0; steps <= outerOf.size(); steps++) {
                Integer outer = outerOf.get(current);
                if (outer == null) {
                    return false; // top level, or a member of one
                }
                if (outer == 0) {
                    return true;
                }
                current = className(outer);
            }
            throw new Malformed("its InnerClasses attribute is circular");
        }

        private String className(int index) throws Malformed {
            int offset = entry(index, 7);
            return utf8(((bytes[offset + 1] & 0xFF) << 8) | (bytes[offset + 2] & 0xFF));
        }

        private String utf8(int index) throws Malformed {
            String cached = utf8.get(index);
            if (cached != null) {
                return cached;
            }
            int offset = entry(index, 1);
            try {
                String text = new DataInputStream(new ByteArrayInputStream(bytes, offset + 1, bytes.length - offset - 1)).readUTF();
                utf8.put(index, text);
                return text;
            } catch (IOException e) {
                throw new Malformed("constant " + index + " is not modified UTF-8");
            }
        }

        private int entry(int index, int tag) throws Malformed {
            if (index <= 0 || index >= offsets.length || offsets[index] == 0 || bytes[offsets[index]] != tag) {
                throw new Malformed("it refers to constant " + index + ", which is not of the kind expected");
            }
            return offsets[index];
        }

        /** Skips bytes; not {@code pos += u2()}, which would add to the position read before {@code u2()} moved it. */
        private void skip(int count) {
            pos += count;
        }

        private int u1() {
            return bytes[pos++] & 0xFF;
        }

        private int u2() {
            int value = ((bytes[pos] & 0xFF) << 8) | (bytes[pos + 1] & 0xFF);
            pos += 2;
            return value;
        }

        private int u4() {
            int value = ((bytes[pos] & 0xFF) << 24) | ((bytes[pos + 1] & 0xFF) << 16) | ((bytes[pos + 2] & 0xFF) << 8)
                    | (bytes[pos + 3] & 0xFF);
            pos += 4;
            return value;
        }
    }
}
