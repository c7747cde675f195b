## Partner pairing: both answer the agreement conversation privately, then see where they meet.
## Messages a partner receives unasked (pair-accepted-notify, pair-ended-notify) may show on a
## lock screen: they never name the topic.

cmd-pair = Comparar acuerdos con tu pareja
agreement-invite-partner = Invitar a mi pareja a responder también

pair-invite-explain =
    Puedes invitar a tu pareja a responder las mismas preguntas, en privado.

    • Cada persona responde a solas. Nadie ve las respuestas de la otra hasta que las dos hayan terminado.
    • Después, las dos personas reciben la comparación al mismo tiempo: en qué coinciden, en qué no y de qué conviene hablar primero.
    • Solo se comparan las respuestas de los botones. Nunca se comparte nada más de tus conversaciones con Candor.
    • Cualquiera de las dos personas puede terminarla cuando quiera con /pair.
pair-invite-create = Crear un enlace de invitación
pair-invite-name =
    ¿Qué nombre quieres que vea tu pareja al abrir el enlace? Escríbelo (hasta { $max ->
        [one] { $max } carácter
       *[other] { $max } caracteres
    }) o envía la invitación sin nombre.
pair-invite-no-name = No mostrar ningún nombre
pair-invite-link =
    Aquí tienes tu invitación. Envíale este enlace a tu pareja como prefieras:

    { $link }

    Funciona una sola vez, durante { $days ->
        [one] un día
       *[other] { $days } días
    }. Hasta entonces, tus respuestas se guardan junto a ella.
pair-invite-answer-first = Primero completa la conversación sobre los acuerdos; la invitación se crea a partir de tus respuestas.

pair-from-name = { $name }
pair-from-someone = Alguien
pair-invited = { $who } te invita a comparar en Candor cómo ve cada persona los acuerdos de la relación.
pair-invited-first = { $who } te invita a comparar en Candor cómo ve cada persona los acuerdos de la relación: cada una responde las mismas preguntas en privado y después las dos ven en qué coinciden. Antes, te cuento qué es Candor.
pair-how-it-works = Vas a responder trece preguntas cortas a solas. Nadie ve las respuestas de la otra persona hasta que las dos hayan terminado; entonces ambas reciben la comparación al mismo tiempo. Solo se comparan las respuestas de los botones, nunca lo que escribas, y puedes parar cuando quieras con /pair.
pair-accept = Sí, quiero responder y comparar
pair-decline = No, gracias
pair-accepted = Gracias. Aquí tienes las preguntas; responde por ti, no en nombre de la pareja.
pair-accepted-notify = Hay novedades sobre tu comparación en Candor. Abre /pair cuando tengas un momento.
pair-invalid = Este enlace de invitación no funciona. Puede que ya se haya usado o que se haya cancelado.
pair-expired = Esta invitación ha expirado. Si todavía quieres comparar, pide una nueva.
pair-own = Esa es tu propia invitación: envíale el enlace a tu pareja.
pair-already = Ya estás comparando acuerdos con alguien. /pair te muestra en qué punto está.

pair-invite-pending =
    Has invitado a tu pareja a comparar acuerdos. El enlace se puede usar una sola vez, durante { $days ->
        [one] un día más
       *[other] { $days } días más
    }. No se comparte nada hasta que las dos personas hayan respondido, y entonces solo la comparación.

    Si el enlace se ha perdido, cancela esta invitación; puedes crear otra al final de la conversación sobre los acuerdos.
pair-invite-cancel = Cancelar la invitación
pair-invite-cancelled = La invitación está cancelada: el enlace ya no funciona y las respuestas guardadas con ella se han borrado.
pair-none = Ahora mismo no estás comparando acuerdos con nadie. Al final de la conversación sobre los acuerdos puedes invitar a tu pareja.
pair-your-turn = Tu comparación está esperando tus respuestas.
pair-answer-now = Responder ahora
pair-waiting = Ya tengo tus respuestas. Las dos personas recibirán la comparación en cuanto tu pareja también haya respondido.
pair-paused = Esta comparación está en pausa, y a tu pareja no se le ha dicho por qué. Como salió algo relacionado con tu seguridad, tómate tu tiempo: puedes terminarla aquí, o continuar si sientes que es seguro.
pair-resume = Continuar con la comparación
pair-revealed = Las dos personas ya vieron la comparación.
pair-news-accepted = Tu pareja aceptó la invitación y está respondiendo ahora. Tus respuestas ya están: las dos personas recibirán la comparación en cuanto termine.
pair-show-again = Ver otra vez la comparación
pair-end-confirm = ¿Terminar esta comparación? Tu pareja solo verá que terminó, no el motivo, y no se puede retomar: para comparar de nuevo hace falta otra invitación.
pair-end-yes = Sí, terminarla
pair-end-keep = No, mantenerla
pair-end = Terminar la comparación
pair-ended = La comparación ha terminado. Tu pareja solo verá que terminó.
pair-ended-notify = Una comparación en Candor ha terminado.

pair-reveal-intro = Las dos personas ya respondieron. Aquí tienes la comparación; tu pareja la está viendo ahora, igual que tú.
pair-reveal-again-intro = Aquí tienes otra vez la comparación, tal como la vieron las dos personas.
pair-area-line = • { $area }: tú, “{ $mine }”; tu pareja, “{ $theirs }”
pair-answer-fine = me parece bien
pair-answer-not-fine = no me parece bien
pair-answer-depends = depende
pair-answer-unsure = no lo tengo claro
pair-answer-talk = quiero hablarlo
pair-answer-need = lo que yo necesitaría
pair-reveal-differ =
    Donde hay diferencias:
    { $areas }
pair-reveal-open =
    Temas que siguen abiertos para al menos una de las dos personas:
    { $areas }
pair-reveal-agree =
    Donde las respuestas coinciden:
    { $areas }
pair-reveal-order = Un orden posible: empezar por { $first }, un tema cada vez. { $count ->
        [one] Es el único que necesita una conversación.
       *[other] Hay { $count } temas que necesitan una conversación; no hace falta tratarlos todos a la vez.
    }
pair-reveal-all-agree = Las respuestas coinciden en todos los temas que respondieron las dos personas. Aun así, puede valer la pena decirlo en voz alta.
pair-reveal-close = ¿Quieres un recordatorio para volver a mirar esto en pareja más adelante?
pair-revisit-m1 = Dentro de un mes
pair-revisit-m3 = Dentro de tres meses
pair-revisit-m6 = Dentro de seis meses
pair-revisit-none = Sin recordatorio
pair-revisit-set = Te lo recordaré dentro de { $months ->
        [one] un mes
       *[other] { $months } meses
    }.
pair-revisit-none-set = De acuerdo, sin recordatorio.
pair-revisit-intro = Los acuerdos cambian a medida que cambia la relación. Aquí tienes otra vez las preguntas; al final puedes invitar de nuevo a tu pareja a comparar.
