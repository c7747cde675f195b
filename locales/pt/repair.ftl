## Depois da conversa: reconstruir a confiança, para um casal que decidiu enfrentar isso.

repair-title = Reconstruir a confiança depois da conversa
repair-summary = Depois da conversa: reconstruir a confiança no dia a dia.
repair-recap = Você estava no meio da reconstrução da confiança.
repair-recap-role = Você ia dizer de que lado disso você está.
repair-recap-safety = Você tinha me contado qual é o seu papel nisso; a seguir vinha uma pergunta sobre a sua segurança.
repair-recap-safety-plan = Você estava olhando primeiro para a sua segurança, antes de qualquer outra coisa.
repair-recap-did-core = Você estava lendo sobre como a confiança volta.
repair-recap-affected-core = Você estava lendo sobre dar à sua mágoa o espaço de que ela precisa.
repair-recap-together-core = Você estava lendo sobre o que a reconstrução pede de cada pessoa.
repair-recap-together-after = Você estava lendo sobre o que muitos casais encontram do outro lado disso.
repair-recap-focus = Você estava escolhendo uma parte da reconstrução para olhar mais de perto.
repair-recap-practice = Você estava olhando mais de perto uma parte da reconstrução.
repair-recap-checkin = Você estava decidindo se queria configurar um check-in diário.

repair-intro =
    Esta parte é para depois da conversa difícil, quando vocês decidiram tentar superar o que aconteceu.

    Aquela conversa foi importante. Mas a reconstrução em si acontece depois, devagar, nos dias comuns. Aqui vamos ver o que isso pede de você na prática. No fim, se quiser, você pode configurar um check-in diário curto.

    Você pode parar quando quiser. Nada aqui decide nada por você.
repair-begin = Vamos começar

repair-q-role = Qual destas descreve o seu caso?
repair-role-did = Quem fez fui eu
repair-role-affected = Quem se magoou fui eu
repair-role-together = Estamos cuidando disso a dois

## A segurança vem antes de qualquer conversa de reconstrução

repair-safety-plan =
    Reconstruir a confiança pede que as duas pessoas baixem a guarda e se abram. Onde há medo, ameaças ou controle, essa abertura pode ser usada contra você, então a reconstrução não é o lugar para começar.

    Um serviço de apoio a vítimas de violência doméstica pode ajudar você a montar um plano de segurança. É gratuito e sigiloso, respeita o seu ritmo e ajuda seja qual for a sua vontade: ficar, sair ou ainda não saber.

    Se você faz acompanhamento psicológico, fale do medo logo no começo. Quando há medo envolvido, sessões individuais costumam ser um começo mais seguro do que sessões de casal.
repair-safety-known = Antes, você me contou que medo, ameaças ou controle fazem parte do que está acontecendo. Estou levando isso em conta aqui, mesmo que hoje pareça diferente.
repair-read-on = Ler o resto com isso em mente

## Quem fez

repair-did-core =
    Para quem fez

    A confiança não volta pelo que você promete. Ela volta pelo que você faz, do mesmo jeito, dia após dia, durante meses. Seu par precisa de tempo para ver suas ações baterem com suas palavras, de novo e de novo.

    Isso significa ser mais transparente do que é natural para você, e continuar assim por mais tempo do que gostaria. Pode parecer muita coisa. É normal, e essa sensação passa mais devagar do que você queria.

    Seu par pode precisar de acolhimento muitas e muitas vezes. Isso não é criar dificuldade nem ficar parado no tempo. Faz parte de como a mágoa cicatriza, e responder com paciência é a sua parte na reconstrução.
repair-did-how = Como isso fica no dia a dia?
repair-did-daily =
    No dia a dia, costuma ser assim:
    • Ter constância: fazer o que disse, quando disse, nas coisas pequenas tanto quanto nas grandes.
    • Contar as coisas antes de qualquer pergunta, para que seu par nunca precise ir atrás.
    • Responder de novo à mesma pergunta, com calma, mesmo na quinta vez.
    • Encerrar ou mudar o contato com a outra pessoa, do jeito que vocês combinaram.
    • Olhar com honestidade para o porquê, e para qual necessidade sua aquilo estava atendendo.

repair-q-focus = Quer olhar uma dessas coisas mais de perto?
repair-focus-none = Seguir por enquanto
repair-focus-another = Ver outra

repair-focus-steady = Ter constância
repair-focus-volunteer = Contar antes de perguntarem
repair-focus-again = A mesma pergunta, de novo
repair-focus-contact = O contato com a outra pessoa
repair-focus-why = Por que aconteceu

repair-practice-did-steady =
    Ter constância

    Constância é, na maior parte, uma coisa pequena e sem graça. Você chega em casa na hora que disse. Se os planos mudam, você avisa antes que faça diferença, não depois. Seu celular não vira de tela para baixo quando seu par entra no cômodo. O que você disse de manhã continua valendo à noite.
repair-practice-did-steady-more = Nenhum dia bom sozinho resolve nada, e nada traz a confiança de volta de uma vez. O que ajuda é uma longa sequência de dias sem surpresas. Com o tempo, é nisso que seu par consegue se apoiar.
repair-practice-did-volunteer =
    Contar antes de perguntarem

    Se a outra pessoa entrar em contato, conte ao seu par por iniciativa própria, logo, sem esperar a pergunta. Se alguma coisa puder parecer confusa vista de fora, ou mexer com o que aconteceu, mencione.
repair-practice-did-volunteer-more =
    O fato de você oferecer importa mais do que o que você oferece. Cada vez que você traz algo primeiro, seu par aprende que não precisa ficar de vigia para saber o que está acontecendo. Isso é o oposto de vigilância: é você escolhendo a transparência.

    Pode ser desconfortável, e até dar uma sensação de exposição. Esse desconforto faz parte da reconstrução, não é sinal de que algo está dando errado.
repair-practice-did-again =
    A mesma pergunta, de novo

    Seu par pode perguntar coisas que você já respondeu: o que aconteceu, quando, se acabou mesmo. Uma pergunta que volta não quer dizer que a sua resposta não valeu. A mágoa vem em ondas, e cada onda traz as suas perguntas junto.
repair-practice-did-again-more =
    Tente responder como se fosse a primeira vez: com calma, por inteiro, sem suspiro nem “a gente já falou disso”. Se ficar demais para você, diga isso com gentileza, sugira um horário para retomar, e depois cumpra esse horário.

    Cada resposta paciente mostra ao seu par que há lugar para essa dor. A irritação mostra o contrário.
repair-practice-did-contact =
    O contato com a outra pessoa

    Seja o que for que vocês combinaram sobre a outra pessoa, encerrar ou mudar o contato, faça isso por completo e logo. Depois, conte ao seu par que está feito, e como.
repair-practice-did-contact-more =
    Se a outra pessoa procurar você de novo, ou se vocês se esbarrarem, conte ao seu par logo, com suas palavras. Esconder agora até um contato pequeno e inofensivo pode desfazer semanas de trabalho constante.

    Se está difícil deixar essa ligação para trás, fale disso com honestidade também: com você, com um profissional e, com o tempo, com seu par. Isso pode estar mostrando algo sobre o que essa ligação dava para você.
repair-practice-did-why =
    Por que aconteceu

    Entender o porquê não é desculpa. É o jeito de garantir que não aconteça de novo. Ligações assim costumam atender a uma necessidade: despertar desejo ou interesse, a emoção da novidade, uma fuga da distância dentro de casa, um jeito de manter um pé fora da porta, ou velhos hábitos que nunca foram olhados.
repair-practice-did-why-more =
    Pergunte-se o que era verdade no seu caso. Se faltava algo na relação, o comportamento pode ter sido um sintoma, e parar com ele não vai consertar o que está por baixo: isso pede uma conversa própria. Se veio dos seus próprios padrões, ou de não ter um compromisso pleno com a relação, então o comportamento é a questão em si, e a pergunta honesta é o que você tem, de verdade, para oferecer.

    É difícil enxergar isso com clareza sem ajuda. Um acompanhamento profissional, individual ou de casal, pode ajudar você a encontrar a resposta verdadeira, e não a mais confortável.

## Quem se magoou

repair-affected-core =
    Para quem se magoou

    Seus sentimentos precisam de espaço, pelo tempo que for preciso. Ninguém deveria ficar administrando esses sentimentos, varrendo tudo para debaixo do tapete ou apressando você. Uma pergunta como “Você já não devia ter superado isso?” não é reconstrução, venha de quem vier, inclusive de você.

    Ao mesmo tempo, a reconstrução trava se o que aconteceu virar algo a que se recorre em toda briga depois. Carregar a mágoa é uma coisa. Usar a mágoa para ganhar é outra, e isso prende vocês no mesmo lugar.

    A saída para esse tipo de mágoa passa por dentro dela. Não tem atalho. Isso leva tempo e apoio, e às vezes ajuda profissional. Precisar de qualquer uma dessas coisas não é fraqueza.
repair-affected-how = O que pode ajudar no dia a dia?
repair-affected-daily =
    Algumas coisas costumam ajudar:
    • Dizer o que realmente ajuda você, para que seu par não precise adivinhar.
    • Pedir acolhimento quando precisar, sem vergonha.
    • Perceber quando a mágoa começa a virar arma.
    • Ter um apoio só seu, fora da relação.

repair-focus-name-help = Dizer o que ajuda
repair-focus-reassurance = Pedir acolhimento
repair-focus-weapon = Quando a mágoa vira arma
repair-focus-support = Um apoio só meu

repair-practice-affected-name-help =
    Dizer o que ajuda

    Seu par não lê pensamentos, e agora um palpite errado custa caro para vocês. Ajuda encontrar palavras para o que alivia, mesmo coisas pequenas: uma mensagem avisando quando houver atraso, ficar sabendo na hora, pelo seu par, se a outra pessoa entrar em contato, um abraço sem conversa, uma noite tranquila.
repair-practice-affected-name-help-more =
    Talvez você ainda não saiba, e tudo bem. Dá para descobrir no caminho: repare nos momentos que pareceram um pouco mais estáveis, e conte ao seu par o que havia neles.

    O que ajuda pode mudar de uma semana para outra. Dizer isso não é incoerência. É informação útil.
repair-practice-affected-reassurance =
    Pedir acolhimento

    Precisar ouvir de novo que acabou, que você importa, que seu par está ali, não é um defeito. Não quer dizer que você está falhando em se curar. Faz parte da cura.

    Você pode pedir de forma direta, por exemplo: “Estou num momento difícil. Pode me dizer de novo?” Não precisa embrulhar o pedido num pedido de desculpas, nem esperar que tudo se acumule.
repair-practice-affected-reassurance-more = Se toda vez que você pede a resposta vem com irritação ou um suspiro, vale levar isso ao seu par, ou à terapia. Acolhimento dado de má vontade não cumpre o seu papel.
repair-practice-affected-weapon =
    Quando a mágoa vira arma

    É humano. Uma discussão sobre algo comum fica tensa e, de repente, o que aconteceu está ali no meio da sala, porque é a coisa mais forte que você tem.
repair-practice-affected-weapon-more =
    Ajuda perceber a diferença. Trazer o assunto porque ainda dói e você precisa conversar faz parte da reconstrução. Trazer o assunto para encerrar uma discussão, ou para ganhar, transforma isso numa alavanca, e aí fica impossível para o casal atravessar o que aconteceu.

    Quando perceber, não precisa se culpar. Você pode dizer: “Isso não foi justo. Ainda está doendo, e quero que a gente converse sobre isso direito, depois.” E depois converse mesmo.
repair-practice-affected-support =
    Um apoio só seu

    Seu par não pode ser seu único apoio nisso, porque também faz parte do que dói. Você merece ter alguém do seu lado que esteja de fora da situação.
repair-practice-affected-support-more =
    Pode ser uma amizade que escute sem tomar conta da conversa, alguém da família, um grupo de apoio ou uma terapia só sua. Você decide o quanto contar. Falar disso fora do casal não é deslealdade; guardar tudo costuma deixar tudo mais pesado.

    Se a mágoa está afetando seu sono, seu trabalho ou sua saúde por semanas a fio, conversar com um profissional é um bom passo, não um último recurso.

## As duas pessoas, juntas

repair-together-core =
    Os dois lados

    Para quem fez: a confiança volta por meio de ações constantes, dia após dia, muito mais do que por promessas. Isso quer dizer ser mais transparente do que é natural, por mais tempo do que é confortável: contar as coisas antes de qualquer pergunta, responder de novo à mesma pergunta com calma, lidar com o contato de fora do jeito combinado e olhar com honestidade para o porquê.

    Para quem se magoou: os sentimentos ganham espaço, e ninguém fica administrando esses sentimentos ou apressando nada. A reconstrução não pede que a mágoa passe até uma data marcada. Ela também não funciona se o que aconteceu virar uma carta na manga nas brigas futuras. Dizer o que ajuda, pedir acolhimento e ter um apoio próprio, tudo isso importa.

    Para o casal: isso leva tempo, muitas vezes meses, e às vezes ajuda profissional. Isso é normal, não é sinal de que está dando errado.
repair-together-after =
    Algo que muitos casais descobrem

    Muitos casais que atravessam isso dizem que acabaram com mais clareza entre si do que antes. Sabem, com todas as letras, o que constroem a dois, do que cada pessoa precisa e o que combinaram, onde antes viviam de suposições.

    Isso não faz o que aconteceu valer a pena, nem serve de desculpa. Quer dizer que as conversas honestas que a reconstrução pede podem deixar vocês em terreno mais firme do que antes, se continuarem tendo essas conversas.
repair-together-daily =
    No dia a dia, três coisas carregam a maior parte do peso:
    • Constância de quem fez.
    • Espaço para a mágoa, sem pressa.
    • Dizer em voz alta do que cada pessoa precisa agora.

repair-focus-together-steady = Constância no dia a dia
repair-focus-together-hurt = Dar espaço à mágoa
repair-focus-together-ask = Dizer do que precisamos

repair-practice-together-steady =
    Constância no dia a dia

    Constância se constrói com uma confiabilidade pequena e sem graça. Planos são cumpridos, ou mudados com aviso. Notícias sobre a outra pessoa, se houver, são contadas primeiro por quem fez, nunca descobertas. Perguntas repetidas recebem respostas calmas.
repair-practice-together-steady-more = Pode ajudar combinar entre vocês como fica a transparência por enquanto, e rever isso depois de algumas semanas. É algo que vocês escolhem, não um sistema de fiscalização: transparência funciona quando é oferecida, não quando é arrancada.
repair-practice-together-hurt =
    Dar espaço à mágoa

    A mágoa vai voltar em momentos inesperados: uma música, uma data no calendário, um lugar aonde vocês costumavam ir. Quando isso acontecer, ajuda se ninguém tratar como retrocesso. Faz parte do caminho.
repair-practice-together-hurt-more =
    Alguns casais reservam um horário fixo, sem pressa, digamos uma vez por semana, para o que ainda está em carne viva, para que isso não precise explodir no meio de todo o resto. Fora desse horário, continua tudo bem dizer “hoje está sendo um dia difícil”.

    Se as conversas ficam andando em círculos ou terminam sempre na mesma briga, a terapia de casal pode ajudar vocês a sentir que há escuta dos dois lados.
repair-practice-together-ask =
    Dizer do que vocês precisam

    Parte do que deu errado pode ter sido viver de suposições que ninguém disse em voz alta. A reconstrução é uma chance de colocar isso em palavras. Passem pelo que é confortável para cada pessoa e pelo que não é, deem nome às coisas sobre as quais ainda têm dúvida e digam o que cada pessoa gostaria da outra daqui para a frente.
repair-practice-together-ask-more =
    Escolham um momento calmo, não o meio de um momento difícil, e mantenham a conversa nos dois sentidos. Nenhum lado deveria escrever regras para o outro por conta própria.

    Se quiserem ajuda com essa conversa, há uma sobre os combinados no menu do Candor.
repair-practice-safety = Com medo na história, experimente só o que parecer seguro para você. Sua segurança vem antes de tudo isso.
repair-practice-fallback = Fique com o que for útil para você e deixe o resto.

## O check-in diário

repair-checkin-intro = Mais uma coisa que pode ajudar: um check-in diário curto, no horário que você escolher. Algumas perguntas rápidas com botões, coisa de um minuto.
repair-checkin-did = No seu caso, ele pergunta como foi o dia, quanta transparência você conseguiu ter e o que pode ajudar amanhã.
repair-checkin-affected = No seu caso, ele pergunta como foi o dia, se você sentiu que houve escuta de verdade e o que pode ajudar amanhã.
repair-checkin-together = No seu caso, ele pergunta como foi o dia, quanta conexão houve entre vocês e o que pode ajudar amanhã.
repair-checkin-promise = Ninguém avalia você, e pular um dia não tem problema. O lembrete nunca diz do que se trata, caso outra pessoa veja a sua tela.
repair-set-checkin = Configurar meu check-in diário
repair-checkin-later = Agora não, seguir

## O fim

repair-end-did = Reconstruir a confiança é lento, e é feito de dias comuns. Cada dia vivido com transparência conta, mesmo quando não parece o bastante.
repair-end-affected = Sua mágoa tem todo o tempo de que precisar. A cura raramente vai em linha reta, e um dia difícil não quer dizer que você está andando para trás.
repair-end-together = Vocês escolheram tentar. Tenham delicadeza um com o outro: é um trabalho lento, e tudo bem ser assim.
repair-end-safety = Como medo ou controle apareceram, a sua segurança vem antes de qualquer conversa deste plano. Os recursos de segurança são o primeiro botão abaixo, sempre que você precisar.
repair-end-next = Para onde você gostaria de ir agora?
