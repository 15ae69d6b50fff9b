package com.example.archive;

import fi.seloste.Register;

/** Declares a register, but no field joins it. */
@Register(id = "archive", fi = "Arkisto", sv = "Arkivet", en = "Archive")
public class Archive {
    private long id;
}
