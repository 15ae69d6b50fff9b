@Register(id = "chat", fi = "Chat-rekisteri", sv = "Chattregistret", en = "Chat register")
package com.example.chat;

import fi.seloste.Register;
