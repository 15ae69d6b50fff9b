package com.example;

import fi.seloste.LegalBasis;
import fi.seloste.PersonalData;
import fi.seloste.PersonalDataDefaults;
import fi.seloste.SourceKind;

@PersonalDataDefaults(basis = LegalBasis.CONTRACT, sourceKind = SourceKind.DATA_SUBJECT)
public class Chat {
    @PersonalData(purpose = "<script>alert('code')</script> **bold** [link](javascript:alert(1))",
                  retention = "P4M", source = "Asiakas\n\n## Injected heading",
                  label = "<iframe src=//evil> | table | ![x](http://evil/x.png)")
    private String customerName;
}
